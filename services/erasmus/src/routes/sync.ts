import { LastSync, SyncRequest, SyncRun } from "@orbis/contracts/erasmus";
import { createRouter, defineRoute, jsonBody, jsonResponse } from "@orbis/service-kit";
import { desc } from "drizzle-orm";
import { syncRuns } from "../db/schema/index";
import { READ, WRITE } from "../domain/access";
import { actorOf, audited } from "../domain/audit";
import { applyMobilities } from "../domain/sync";
import type { RouteContext } from "./context";

const toRun = (row: typeof syncRuns.$inferSelect): SyncRun => ({ ...row, at: row.at.toISOString(), changes: row.changes as SyncRun["changes"] });

/** Synchronising the Erasmus+ student mobilities from the outgoing service (its API, the erasmus service token). */
export function syncRoutes({ db, outgoing }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "post",
      path: "/sync",
      tags: ["grants"],
      summary: "Read the Erasmus+ student mobilities (of a year, or all) from outgoing; create and recalculate grants; report what changed",
      access: WRITE,
      request: jsonBody(SyncRequest),
      responses: { 200: jsonResponse(SyncRun, "What the synchronisation did") },
    }),
    async (c) => {
      const { academicYear } = c.req.valid("json");
      const mobilities = await outgoing.all(academicYear === undefined ? {} : { academicYear });
      const run = await applyMobilities(db, mobilities, {
        by: actorOf(c),
        ...(academicYear === undefined ? {} : { academicYear }),
        audit: (tx, done) => audited(tx, c, { action: "sync", entity: "sync", entityId: done.id, after: { fetched: done.fetched, created: done.created, updated: done.updated } }),
      });
      return c.json(toRun(run), 200);
    },
  );

  router.openapi(
    defineRoute({ method: "get", path: "/sync/last", tags: ["grants"], summary: "The last synchronisation and what it changed", access: READ, responses: { 200: jsonResponse(LastSync, "Last run") } }),
    async (c) => {
      const [row] = await db.select().from(syncRuns).orderBy(desc(syncRuns.at)).limit(1);
      return c.json({ run: row ? toRun(row) : null }, 200);
    },
  );
  return router;
}
