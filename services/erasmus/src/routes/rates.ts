import { CallYear, PutRateTable, StoredRateTable, RateTable } from "@orbis/contracts/erasmus";
import { createRouter, defineRoute, HttpProblem, jsonBody, jsonResponse } from "@orbis/service-kit";
import { and, asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { rateTables } from "../db/schema/index";
import { READ, WRITE } from "../domain/access";
import { audited } from "../domain/audit";
import { fieldProblem } from "../domain/problems";
import type { RouteContext } from "./context";

const toStored = (row: typeof rateTables.$inferSelect) => ({ ...RateTable.parse(row.rates), version: row.version, updatedAt: row.updatedAt.toISOString() });

/** The National Agency's rates per call year: data the grant engine reads, edited by the team. */
export function rateRoutes({ db }: RouteContext) {
  const router = createRouter();
  const params = z.object({ callYear: CallYear });

  router.openapi(
    defineRoute({ method: "get", path: "/rates", tags: ["grants"], summary: "Every call year's rates", access: READ, responses: { 200: jsonResponse(z.array(StoredRateTable), "Rates") } }),
    async (c) => c.json((await db.select().from(rateTables).orderBy(asc(rateTables.callYear))).map(toStored), 200),
  );

  router.openapi(
    defineRoute({ method: "get", path: "/rates/{callYear}", tags: ["grants"], summary: "One call year's rates", access: READ, request: { params }, responses: { 200: jsonResponse(StoredRateTable, "Rates") } }),
    async (c) => {
      const [row] = await db.select().from(rateTables).where(eq(rateTables.callYear, c.req.valid("param").callYear));
      if (!row) throw new HttpProblem("not_found", "No rates for this call year.");
      return c.json(toStored(row), 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "put",
      path: "/rates/{callYear}",
      tags: ["grants"],
      summary: "Set a call year's rates (version needed to replace existing ones); grants are recalculated on request",
      access: WRITE,
      request: { params, ...jsonBody(PutRateTable) },
      responses: { 200: jsonResponse(StoredRateTable, "Saved") },
    }),
    async (c) => {
      const { callYear } = c.req.valid("param");
      const { version, ...body } = c.req.valid("json");
      const rates: RateTable = { ...body, callYear };
      const grouped = [...rates.countryGroups.G1, ...rates.countryGroups.G2, ...rates.countryGroups.G3];
      const twice = grouped.find((code, i) => grouped.indexOf(code) !== i);
      if (twice) throw fieldProblem("countryGroups", `${twice} is in two country groups.`);
      const row = await db.transaction(async (tx) => {
        const [before] = await tx.select().from(rateTables).where(eq(rateTables.callYear, callYear)).for("update");
        if (!before) {
          const [created] = await tx.insert(rateTables).values({ callYear, rates }).returning();
          await audited(tx, c, { action: "create", entity: "rates", entityId: String(callYear), after: rates });
          return created!;
        }
        if (version === undefined) throw fieldProblem("version", "These rates exist: send the version you edited.");
        const [updated] = await tx
          .update(rateTables)
          .set({ rates, version: sql`${rateTables.version} + 1`, updatedAt: new Date() })
          .where(and(eq(rateTables.callYear, callYear), eq(rateTables.version, version)))
          .returning();
        if (!updated) throw new HttpProblem("stale_version", `You edited version ${version} but the rates are now at version ${before.version}.`);
        await audited(tx, c, { action: "update", entity: "rates", entityId: String(callYear), before: before.rates, after: rates });
        return updated;
      });
      return c.json(toStored(row), 200);
    },
  );
  return router;
}
