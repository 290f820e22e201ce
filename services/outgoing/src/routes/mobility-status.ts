import { CancelMobility, CompleteMobility, InterruptMobility, Mobility, StartMobility, type MobilityAction } from "@orbis/contracts/outgoing";
import { createRouter, defineRoute, HttpProblem, jsonBody, jsonResponse, principalOf, recordAudit, updateVersioned } from "@orbis/service-kit";
import type { Context } from "hono";
import type { z } from "zod";
import { AgreementsCallFailed } from "../clients/agreements";
import { audit, mobilities } from "../db/schema/index";
import { STAFF } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { assertDateOrder } from "../domain/mobility-rules";
import { assertTransition } from "../domain/mobility-status";
import { loadMobility, toMobility, type MobilityRow } from "../domain/mobilities";
import type { RouteContext } from "./context";

type Body = { version: number; reason?: string; actualStart?: string; actualEnd?: string };

const ACTIONS: ReadonlyArray<{ action: MobilityAction; body: z.ZodTypeAny; summary: string }> = [
  { action: "start", body: StartMobility, summary: "The student arrived: in progress from the actual start date" },
  { action: "complete", body: CompleteMobility, summary: "The stay ended as planned, on the actual end date" },
  { action: "cancel", body: CancelMobility, summary: "Cancel before departure (reason required); the place goes back to the agreement" },
  { action: "interrupt", body: InterruptMobility, summary: "The stay stopped early (reason and actual end date required)" },
];

/** The mobility's life: start, complete, cancel, interrupt; other moves are 409. */
export function mobilityStatusRoutes({ db, agreements }: RouteContext) {
  const router = createRouter();

  /** A cancelled place is given back before anything is written: if the agreements service fails, nothing changes. */
  async function givePlaceBack(row: MobilityRow) {
    if (!row.agreementId || !row.conditionId) return;
    try {
      await agreements.recordUsage(row.agreementId, { conditionId: row.conditionId, academicYear: row.academicYear, count: -1, reference: row.id });
    } catch (error) {
      if (error instanceof AgreementsCallFailed) throw new HttpProblem("bad_gateway", `The agreements service did not take the place back: ${error.message}`);
      throw error;
    }
  }

  async function retakePlace(row: MobilityRow) {
    if (!row.agreementId || !row.conditionId) return;
    await agreements.recordUsage(row.agreementId, {
      conditionId: row.conditionId,
      academicYear: row.academicYear,
      count: 1,
      reference: row.id,
      override: { reason: `Cancellation of mobility ${row.id} did not apply: its place is kept` },
    });
  }

  function fieldsOf(action: MobilityAction, body: Body, row: MobilityRow): Partial<MobilityRow> {
    switch (action) {
      case "start":
        return { actualStart: body.actualStart! };
      case "complete":
        assertDateOrder(row.actualStart ?? row.plannedStart, body.actualEnd!, "body.actualEnd");
        return { actualEnd: body.actualEnd! };
      case "cancel":
        return { statusReason: body.reason! };
      case "interrupt":
        assertDateOrder(row.actualStart ?? row.plannedStart, body.actualEnd!, "body.actualEnd");
        return { statusReason: body.reason!, actualEnd: body.actualEnd! };
    }
  }

  for (const { action, body, summary } of ACTIONS) {
    router.openapi(
      defineRoute({
        method: "post",
        path: `/mobilities/{id}/${action}`,
        tags: ["mobilities"],
        summary,
        access: { roles: STAFF },
        request: { params: IdParams, ...jsonBody(body) },
        responses: { 200: jsonResponse(Mobility, "Updated") },
      }),
      async (c: Context) => {
        const { id } = (c.req as unknown as { valid: (k: "param") => { id: string } }).valid("param");
        const input = (c.req as unknown as { valid: (k: "json") => Body }).valid("json");
        const principal = principalOf(c as never);
        let placeGivenBack: MobilityRow | null = null;
        if (action === "cancel") {
          // Checked before calling agreements, so that a refused cancellation gives no place back.
          const current = await loadMobility(db, id, principal);
          assertTransition(action, current.status);
          if (current.version !== input.version) throw new HttpProblem("stale_version", `You edited version ${input.version} but the mobility is now at version ${current.version}. Reload and apply your change again.`);
          await givePlaceBack(current);
          placeGivenBack = current;
        }
        const updated = await db.transaction(async (tx) => {
          const before = await loadMobility(tx, id, principal, true);
          const status = assertTransition(action, before.status);
          const row = await updateVersioned(tx, mobilities, id, input.version, { ...fieldsOf(action, input, before), status });
          const after = toMobility(row);
          await recordAudit(tx, audit, c as never, {
            action,
            entity: "mobility",
            entityId: id,
            before: { status: before.status, version: before.version },
            after: { status, version: row.version, reason: row.statusReason, actualStart: row.actualStart, actualEnd: row.actualEnd },
          });
          return after;
        }).catch(async (error: unknown) => {
          // A concurrent change won between the check and the write: the place given back is taken again.
          // The caller must see the original error; a failed retake shows in the agreements service's usage log.
          if (placeGivenBack) await retakePlace(placeGivenBack).catch(() => undefined);
          throw error;
        });
        return c.json(updated, 200);
      },
    );
  }

  return router;
}
