import { CancelMobility, CompleteMobility, InterruptMobility, Mobility, StartMobility, type MobilityAction } from "@orbis/contracts/outgoing";
import { createRouter, defineRoute, HttpProblem, jsonBody, jsonResponse, principalOf, recordAudit, updateVersioned } from "@orbis/service-kit";
import type { Context } from "hono";
import { AgreementsCallFailed } from "../clients/agreements";
import { audit, mobilities } from "../db/schema/index";
import { STAFF } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { assertDateOrder } from "../domain/mobility-rules";
import { assertTransition } from "../domain/mobility-status";
import { loadMobility, toMobility, type MobilityRow } from "../domain/mobilities";
import type { RouteContext } from "./context";

type StatusInput = { version: number; reason?: string; actualStart?: string; actualEnd?: string };

/** The mobility's life: start, complete, cancel (before departure), interrupt (during the stay); other moves are 409. */
export function mobilityStatusRoutes({ db, agreements }: RouteContext) {
  const router = createRouter();

  const usage = (row: MobilityRow, count: 1 | -1, override?: { reason: string }) =>
    agreements.recordUsage(row.agreementId!, { conditionId: row.conditionId!, academicYear: row.academicYear, count, reference: row.id, ...(override ? { override } : {}) });

  /** A cancelled place is given back before anything is written: if the agreements service fails, nothing changes. */
  async function givePlaceBack(row: MobilityRow): Promise<boolean> {
    if (!row.agreementId || !row.conditionId) return false;
    try {
      await usage(row, -1);
      return true;
    } catch (error) {
      if (error instanceof AgreementsCallFailed) throw new HttpProblem("bad_gateway", `The agreements service did not take the place back: ${error.message}`);
      throw error;
    }
  }

  function fieldsOf(action: MobilityAction, input: StatusInput, row: MobilityRow): Partial<MobilityRow> {
    switch (action) {
      case "start":
        return { actualStart: input.actualStart! };
      case "complete":
        assertDateOrder(row.actualStart ?? row.plannedStart, input.actualEnd!, "body.actualEnd");
        return { actualEnd: input.actualEnd! };
      case "cancel":
        return { statusReason: input.reason! };
      case "interrupt":
        assertDateOrder(row.actualStart ?? row.plannedStart, input.actualEnd!, "body.actualEnd");
        return { statusReason: input.reason!, actualEnd: input.actualEnd! };
    }
  }

  async function move(c: Context, id: string, action: MobilityAction, input: StatusInput) {
    const principal = principalOf(c as never);
    let placeGivenBack: MobilityRow | null = null;
    if (action === "cancel") {
      // Checked before calling agreements, so that a refused cancellation gives no place back.
      const current = await loadMobility(db, id, principal);
      assertTransition(action, current.status);
      if (current.version !== input.version) throw new HttpProblem("stale_version", `You edited version ${input.version} but the mobility is now at version ${current.version}. Reload and apply your change again.`);
      if (await givePlaceBack(current)) placeGivenBack = current;
    }
    return db
      .transaction(async (tx) => {
        const before = await loadMobility(tx, id, principal, true);
        const status = assertTransition(action, before.status);
        const row = await updateVersioned(tx, mobilities, id, input.version, { ...fieldsOf(action, input, before), status });
        await recordAudit(tx, audit, c as never, {
          action,
          entity: "mobility",
          entityId: id,
          before: { status: before.status, version: before.version },
          after: { status, version: row.version, reason: row.statusReason, actualStart: row.actualStart, actualEnd: row.actualEnd },
        });
        return toMobility(row);
      })
      .catch(async (error: unknown) => {
        // A concurrent change won between the check and the write: the place given back is taken again. The caller
        // must see the original error; a failed retake shows in the agreements service's usage log.
        if (placeGivenBack) await usage(placeGivenBack, 1, { reason: `Cancellation of mobility ${id} did not apply: its place is kept` }).catch(() => undefined);
        throw error;
      });
  }

  const route = (action: MobilityAction, summary: string) => ({
    method: "post" as const,
    path: `/mobilities/{id}/${action}`,
    tags: ["mobilities"],
    summary,
    access: { roles: STAFF },
    responses: { 200: jsonResponse(Mobility, "Updated") },
  });

  router.openapi(defineRoute({ ...route("start", "The student arrived: in progress from the actual start date"), request: { params: IdParams, ...jsonBody(StartMobility) } }), async (c) =>
    c.json(await move(c, c.req.valid("param").id, "start", c.req.valid("json")), 200),
  );
  router.openapi(defineRoute({ ...route("complete", "The stay ended as planned, on the actual end date"), request: { params: IdParams, ...jsonBody(CompleteMobility) } }), async (c) =>
    c.json(await move(c, c.req.valid("param").id, "complete", c.req.valid("json")), 200),
  );
  router.openapi(
    defineRoute({ ...route("cancel", "Cancel before departure (reason required); the place goes back to the agreement"), request: { params: IdParams, ...jsonBody(CancelMobility) } }),
    async (c) => c.json(await move(c, c.req.valid("param").id, "cancel", c.req.valid("json")), 200),
  );
  router.openapi(
    defineRoute({ ...route("interrupt", "The stay stopped early (reason and actual end date required)"), request: { params: IdParams, ...jsonBody(InterruptMobility) } }),
    async (c) => c.json(await move(c, c.req.valid("param").id, "interrupt", c.req.valid("json")), 200),
  );

  return router;
}
