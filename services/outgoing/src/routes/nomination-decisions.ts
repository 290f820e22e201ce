import { Nomination, RecordHostDecision } from "@orbis/contracts/outgoing";
import { createRouter, defineRoute, HttpProblem, jsonBody, jsonResponse, recordAudit, updateVersioned } from "@orbis/service-kit";
import { audit, mobilities, nominations } from "../db/schema/index";
import { STAFF } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { loadCall } from "../domain/calls";
import { assertNoOverlappingMobility, autumnSemester, loadNominationView, mobilityValues, toNomination } from "../domain/nominations";
import { insertFollowUpSteps } from "../domain/followup";
import type { RouteContext } from "./context";

/** The host's decision on a nomination; an acceptance creates the student's mobility. */
export function nominationDecisionRoutes({ db }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "post",
      path: "/nominations/{id}/decision",
      tags: ["nominations"],
      summary: "Record the host's decision; accepted creates the mobility (409 if the student has an overlapping one)",
      access: { roles: STAFF },
      request: { params: IdParams, ...jsonBody(RecordHostDecision) },
      responses: { 200: jsonResponse(Nomination, "The nomination with the decision (and its mobility when accepted)") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const input = c.req.valid("json");
      const { nomination, application, destination, academicYear } = await loadNominationView(db, id);
      if (nomination.status === "withdrawn") throw new HttpProblem("conflict", "The nomination is withdrawn.");
      if (nomination.mobilityId) throw new HttpProblem("conflict", "The host already accepted the student; the mobility exists.");
      const call = await loadCall(db, nomination.callId);
      await db.transaction(async (tx) => {
        let mobilityId: string | null = null;
        if (input.decision === "accepted") {
          const autumn = autumnSemester(academicYear);
          const start = input.plannedStart ?? autumn.start;
          const end = input.plannedEnd ?? autumn.end;
          if (end <= start) throw new HttpProblem("validation", "Some fields are invalid.", { errors: [{ path: "body.plannedEnd", message: "The end must come after the start" }] });
          await assertNoOverlappingMobility(tx, application.studentNumber, start, end);
          const [mobility] = await tx.insert(mobilities).values(mobilityValues({ nomination, application, destination, academicYear }, call.programme, start, end)).returning();
          mobilityId = mobility!.id;
          await insertFollowUpSteps(tx, mobility!);
          await recordAudit(tx, audit, c, { action: "create", entity: "mobility", entityId: mobilityId, after: mobility });
        }
        await updateVersioned(tx, nominations, id, input.version, { decision: input.decision, decidedOn: input.decidedOn, decisionNote: input.note, mobilityId });
        await recordAudit(tx, audit, c, { action: "decision", entity: "nomination", entityId: id, before: { decision: nomination.decision }, after: { decision: input.decision, decidedOn: input.decidedOn, note: input.note, mobilityId } });
      });
      return c.json(toNomination(await loadNominationView(db, id)), 200);
    },
  );

  return router;
}
