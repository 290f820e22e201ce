import { Ranking, RankingParams, SaveRanking } from "@orbis/contracts/outgoing";
import { assertDepartmentInScope, createRouter, defineRoute, HttpProblem, jsonBody, jsonResponse, principalOf, recordAudit, updateVersioned } from "@orbis/service-kit";
import type { Db } from "@orbis/db";
import { and, eq } from "drizzle-orm";
import { applications, audit, rankings } from "../db/schema/index";
import { actorOf, STAFF_AND_COORDINATORS } from "../domain/access";
import { applicationsOut } from "../domain/applications";
import { loadCall, type CallRow } from "../domain/calls";
import { isUniqueViolation } from "../domain/db-errors";
import { rankEntries, rankingErrors } from "../domain/rankings";
import type { RouteContext } from "./context";

async function rankingOf(db: Db, call: CallRow, department: string): Promise<Ranking> {
  const [row] = await db.select().from(rankings).where(and(eq(rankings.callId, call.id), eq(rankings.department, department)));
  const applicants = await db.select().from(applications).where(and(eq(applications.callId, call.id), eq(applications.department, department)));
  return {
    callId: call.id,
    department,
    version: row?.version ?? 0,
    entries: rankEntries(row?.entries ?? [], new Map(applicants.map((a) => [a.id, a]))),
    updatedAt: row?.updatedAt.toISOString() ?? null,
    updatedBy: row?.updatedBy ?? null,
  };
}

const staleFirstSave = () => new HttpProblem("stale_version", "Someone else saved this department's ranking meanwhile. Reload and apply your change again.");

/** Each department ranks its applicants (coordinators for their departments, the outgoing team for all). */
export function rankingRoutes({ db }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/calls/{id}/rankings/{department}",
      tags: ["selection"],
      summary: "The department's ranking of its applicants (version 0 and no entries before the first save)",
      access: { roles: STAFF_AND_COORDINATORS },
      request: { params: RankingParams },
      responses: { 200: jsonResponse(Ranking, "Entries in rank order") },
    }),
    async (c) => {
      const { id, department } = c.req.valid("param");
      assertDepartmentInScope(principalOf(c), department);
      return c.json(await rankingOf(db, await loadCall(db, id), department), 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "put",
      path: "/calls/{id}/rankings/{department}",
      tags: ["selection"],
      summary: "Save the department's scores: rank = total descending, then tie-break; version 0 for the first save",
      access: { roles: STAFF_AND_COORDINATORS },
      request: { params: RankingParams, ...jsonBody(SaveRanking) },
      responses: { 200: jsonResponse(Ranking, "The ranking saved, in rank order") },
    }),
    async (c) => {
      const { id, department } = c.req.valid("param");
      const { version, entries } = c.req.valid("json");
      const principal = principalOf(c);
      assertDepartmentInScope(principal, department);
      const call = await loadCall(db, id);
      if (call.status !== "open" && call.status !== "closed") throw new HttpProblem("conflict", `Rankings are saved while the call is open or closed; it is ${call.status}.`);
      const rows = await db.select().from(applications).where(eq(applications.callId, id));
      const out = await applicationsOut(db, rows, call);
      const errors = rankingErrors(entries, department, new Map(out.map((a) => [a.id, { department: a.department, status: a.status, eligible: a.eligibility.eligible }])));
      if (errors.length) throw new HttpProblem("validation", "Some entries cannot be ranked.", { errors });
      try {
        await db.transaction(async (tx) => {
          const [current] = await tx.select().from(rankings).where(and(eq(rankings.callId, id), eq(rankings.department, department)));
          if (version === 0) {
            if (current) throw staleFirstSave();
            const [created] = await tx.insert(rankings).values({ callId: id, department, entries, updatedBy: actorOf(principal) }).returning();
            await recordAudit(tx, audit, c, { action: "create", entity: "ranking", entityId: created!.id, after: { department, entries } });
            return;
          }
          if (!current) throw new HttpProblem("stale_version", `You edited version ${version} but this department has no ranking yet. Reload.`);
          await updateVersioned(tx, rankings, current.id, version, { entries, updatedBy: actorOf(principal) });
          await recordAudit(tx, audit, c, { action: "update", entity: "ranking", entityId: current.id, before: { department, entries: current.entries }, after: { department, entries } });
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw staleFirstSave();
        throw error;
      }
      return c.json(await rankingOf(db, call, department), 200);
    },
  );

  return router;
}
