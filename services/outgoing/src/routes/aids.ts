import { Aid, AidInput, AidList, AidQuery, AidUpdate } from "@orbis/contracts/outgoing";
import { createRouter, defineRoute, findOr404, HttpProblem, jsonBody, jsonResponse, recordAudit, updateVersioned } from "@orbis/service-kit";
import { asc, desc, eq } from "drizzle-orm";
import { aids, audit } from "../db/schema/index";
import { READERS, STAFF } from "../domain/access";
import { committedByAid, loadAids, toAid } from "../domain/aid";
import { IdParams } from "../domain/api-schemas";
import type { RouteContext } from "./context";

/** Mobility aids per academic year with their budget, amount and eligibility rules (outgoing team). */
export function aidRoutes({ db }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/aids",
      tags: ["aid"],
      summary: "Aids (of a year) with their budget committed and remaining",
      access: { roles: READERS },
      request: { query: AidQuery },
      responses: { 200: jsonResponse(AidList, "The aids, latest year first") },
    }),
    async (c) => {
      const { academicYear } = c.req.valid("query");
      const rows = await db
        .select()
        .from(aids)
        .where(academicYear === undefined ? undefined : eq(aids.academicYear, academicYear))
        .orderBy(desc(aids.academicYear), asc(aids.name), asc(aids.id));
      return c.json(await loadAids(db, rows), 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/aids",
      tags: ["aid"],
      summary: "Create an aid for an academic year",
      access: { roles: STAFF },
      request: jsonBody(AidInput),
      responses: { 201: jsonResponse(Aid, "Created") },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const created = await db.transaction(async (tx) => {
        const [row] = await tx.insert(aids).values(input).returning();
        const aid = toAid(row!);
        await recordAudit(tx, audit, c, { action: "create", entity: "aid", entityId: aid.id, after: aid });
        return aid;
      });
      return c.json(created, 201);
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/aids/{id}",
      tags: ["aid"],
      summary: "One aid with its budget committed and remaining",
      access: { roles: READERS },
      request: { params: IdParams },
      responses: { 200: jsonResponse(Aid, "The aid") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const [row] = await db.select().from(aids).where(eq(aids.id, id));
      if (!row) throw new HttpProblem("not_found", "No such aid.");
      const [aid] = await loadAids(db, [row]);
      return c.json(aid!, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "put",
      path: "/aids/{id}",
      tags: ["aid"],
      summary: "Replace an aid; needs the version read. The budget cannot go below what is already awarded; awards keep their amount",
      access: { roles: STAFF },
      request: { params: IdParams, ...jsonBody(AidUpdate) },
      responses: { 200: jsonResponse(Aid, "Updated") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, ...input } = c.req.valid("json");
      const updated = await db.transaction(async (tx) => {
        // Locked like an award does, so no award slips in between the check and the new budget.
        const row = await findOr404(tx, aids, id, "aid");
        const committed = (await committedByAid(tx, [id])).get(id);
        const before = toAid(row, committed);
        if (input.budgetCents < before.committedCents) {
          throw new HttpProblem("conflict", `${before.committedCents} cents are already awarded: the budget cannot be lower.`, {
            errors: [{ path: "body.budgetCents", message: `At least ${before.committedCents} cents (already awarded)` }],
          });
        }
        const after = toAid(await updateVersioned(tx, aids, id, version, input), committed);
        await recordAudit(tx, audit, c, { action: "update", entity: "aid", entityId: id, before, after });
        return after;
      });
      return c.json(updated, 200);
    },
  );

  return router;
}
