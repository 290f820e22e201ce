import { CreateMobility, Mobility, PatchMobility } from "@orbis/contracts/outgoing";
import { createRouter, defineRoute, HttpProblem, jsonBody, jsonResponse, principalOf, recordAudit, updateVersioned } from "@orbis/service-kit";
import { audit, mobilities } from "../db/schema/index";
import { STAFF } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { insertFollowUpSteps, moveDueDates } from "../domain/followup";
import { assertAgreementCovers, assertDateOrder, assertNoOverlap } from "../domain/mobility-rules";
import { loadMobility, toMobility } from "../domain/mobilities";
import type { RouteContext } from "./context";

/** The team creates mobilities outside nominations (language assistants, late additions) and corrects them. */
export function mobilityWriteRoutes({ db, agreements }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "post",
      path: "/mobilities",
      tags: ["mobilities"],
      summary: "Create a mobility directly, with its follow-up checklist",
      access: { roles: STAFF },
      request: jsonBody(CreateMobility),
      responses: { 201: jsonResponse(Mobility, "Created") },
    }),
    async (c) => {
      const body = c.req.valid("json");
      assertDateOrder(body.plannedStart, body.plannedEnd);
      await assertAgreementCovers(agreements, body);
      const created = await db.transaction(async (tx) => {
        await assertNoOverlap(tx, body);
        const [row] = await tx.insert(mobilities).values({ ...body, applicationId: null }).returning();
        await insertFollowUpSteps(tx, row!);
        const mobility = toMobility(row!);
        await recordAudit(tx, audit, c, { action: "create", entity: "mobility", entityId: row!.id, after: mobility });
        return mobility;
      });
      return c.json(created, 201);
    },
  );

  router.openapi(
    defineRoute({
      method: "patch",
      path: "/mobilities/{id}",
      tags: ["mobilities"],
      summary: "Change a planned or ongoing mobility's host or dates; due dates of steps still to do follow",
      access: { roles: STAFF },
      request: { params: IdParams, ...jsonBody(PatchMobility) },
      responses: { 200: jsonResponse(Mobility, "Updated") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, ...changes } = c.req.valid("json");
      const updated = await db.transaction(async (tx) => {
        const before = await loadMobility(tx, id, principalOf(c), true);
        if (before.status !== "planned" && before.status !== "in-progress") throw new HttpProblem("conflict", `A ${before.status} mobility can no longer be changed.`);
        const dates = { plannedStart: changes.plannedStart ?? before.plannedStart, plannedEnd: changes.plannedEnd ?? before.plannedEnd };
        assertDateOrder(dates.plannedStart, dates.plannedEnd, changes.plannedEnd ? "body.plannedEnd" : "body.plannedStart");
        const datesMoved = dates.plannedStart !== before.plannedStart || dates.plannedEnd !== before.plannedEnd;
        if (datesMoved) await assertNoOverlap(tx, { id, studentNumber: before.studentNumber, ...dates });
        const row = await updateVersioned(tx, mobilities, id, version, changes);
        if (datesMoved) await moveDueDates(tx, id, dates);
        const after = toMobility(row);
        await recordAudit(tx, audit, c, { action: "update", entity: "mobility", entityId: id, before: toMobility(before), after });
        return after;
      });
      return c.json(updated, 200);
    },
  );

  return router;
}
