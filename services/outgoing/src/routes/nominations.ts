import { CreateNomination, EwpNominations, Nomination, NominationExportQuery, NominationList, NominationQuery, RecordHostDecision, WithdrawNomination, type AllocationResult } from "@orbis/contracts/outgoing";
import { createRouter, defineRoute, departmentScope, HttpProblem, jsonBody, jsonResponse, principalOf, recordAudit, updateVersioned } from "@orbis/service-kit";
import { and, desc, eq, inArray, isNotNull, sql, type SQL } from "drizzle-orm";
import { AgreementsCallFailed, type AgreementsClient } from "../clients/agreements";
import { allocationRuns, applications, audit, callDestinations, mobilities, nominations } from "../db/schema/index";
import { READERS, STAFF } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { loadCall } from "../domain/calls";
import { isUniqueViolation } from "../domain/db-errors";
import { nominationsCsv, nominationsEwp, nominationsPdf } from "../domain/nomination-exports";
import { assertNoOverlappingMobility, autumnSemester, eqfOf, iscedOf, loadNominationView, nominationViews, toNomination } from "../domain/nominations";
import type { RouteContext } from "./context";

/** Places are taken (or given back) in the agreements service; its refusal (quota exceeded) is the caller's 409. */
async function recordUsage(agreements: AgreementsClient, agreementId: string, body: Parameters<AgreementsClient["recordUsage"]>[1]) {
  try {
    await agreements.recordUsage(agreementId, body);
  } catch (error) {
    if (error instanceof AgreementsCallFailed && error.status === 409) throw new HttpProblem("conflict", `The agreements service refused: ${error.message}`);
    if (error instanceof AgreementsCallFailed) throw new HttpProblem("bad_gateway", `The agreements service refused the usage: ${error.message}`);
    throw error;
  }
}

/** Nominations to host institutions after publication, their exports, and the hosts' decisions. */
export function nominationRoutes({ db, agreements }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/calls/{id}/nominations",
      tags: ["nominations"],
      summary: "The call's nominations by host (coordinators see their departments')",
      access: { roles: READERS },
      request: { params: IdParams, query: NominationQuery },
      responses: { 200: jsonResponse(NominationList, "Nominations by host and name") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const query = c.req.valid("query");
      await loadCall(db, id);
      const where: SQL[] = [eq(nominations.callId, id)];
      if (query.partnerId) where.push(eq(callDestinations.partnerId, query.partnerId));
      if (query.status) where.push(eq(nominations.status, query.status));
      const scope = departmentScope(principalOf(c));
      if (scope !== null) where.push(scope.length ? inArray(applications.department, scope) : sql`false`);
      return c.json({ items: (await nominationViews(db, and(...where))).map(toNomination) }, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/calls/{id}/nominations",
      tags: ["nominations"],
      summary: "Nominate an allocated student to their host: takes a place in the agreements service (409 with its explanation when full)",
      access: { roles: STAFF },
      request: { params: IdParams, ...jsonBody(CreateNomination) },
      responses: { 201: jsonResponse(Nomination, "The nomination") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { applicationId } = c.req.valid("json");
      const call = await loadCall(db, id);
      if (call.status !== "published") throw new HttpProblem("conflict", "Nominations follow the publication of the allocation.");
      const [run] = await db.select().from(allocationRuns).where(and(eq(allocationRuns.callId, id), isNotNull(allocationRuns.publishedAt))).orderBy(desc(allocationRuns.publishedAt)).limit(1);
      const result = (run?.results as AllocationResult[] | undefined)?.find((r) => r.applicationId === applicationId);
      if (!result?.destinationId) {
        throw new HttpProblem("validation", "This student got no destination in the published allocation.", { errors: [{ path: "body.applicationId", message: "No destination allocated" }] });
      }
      const [destination] = await db.select().from(callDestinations).where(eq(callDestinations.id, result.destinationId));
      let usageRecorded = false;
      try {
        const row = await db.transaction(async (tx) => {
          const [created] = await tx.insert(nominations).values({ callId: id, applicationId, destinationId: destination!.id }).returning();
          // Inside the transaction: a refusal rolls the nomination back, so nothing is written.
          await recordUsage(agreements, destination!.agreementId, { conditionId: destination!.conditionId, academicYear: call.academicYear, count: 1, reference: created!.id });
          usageRecorded = true;
          await recordAudit(tx, audit, c, { action: "create", entity: "nomination", entityId: created!.id, after: { applicationId, destinationId: destination!.id, agreementId: destination!.agreementId } });
          return created!;
        });
        return c.json(toNomination(await loadNominationView(db, row.id)), 201);
      } catch (error) {
        if (usageRecorded) {
          // The place was taken but the nomination not saved: give it back.
          await agreements.recordUsage(destination!.agreementId, { conditionId: destination!.conditionId, academicYear: call.academicYear, count: -1, reference: `rollback:${applicationId}` }).catch(() => undefined);
        }
        if (isUniqueViolation(error)) throw new HttpProblem("duplicate", "This student is already nominated.", { errors: [{ path: "body.applicationId", message: "Already nominated" }] });
        throw error;
      }
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/nominations/{id}/withdraw",
      tags: ["nominations"],
      summary: "Withdraw a nomination the host has not accepted: gives the place back in the agreements service",
      access: { roles: STAFF },
      request: { params: IdParams, ...jsonBody(WithdrawNomination) },
      responses: { 200: jsonResponse(Nomination, "The withdrawn nomination") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, reason } = c.req.valid("json");
      const view = await loadNominationView(db, id);
      if (view.nomination.status === "withdrawn") throw new HttpProblem("conflict", "The nomination is already withdrawn.");
      if (view.nomination.mobilityId) throw new HttpProblem("conflict", "The host accepted the student: cancel the mobility instead.");
      await db.transaction(async (tx) => {
        await updateVersioned(tx, nominations, id, version, { status: "withdrawn", withdrawnReason: reason });
        await recordUsage(agreements, view.destination.agreementId, { conditionId: view.destination.conditionId, academicYear: view.academicYear, count: -1, reference: id });
        await recordAudit(tx, audit, c, { action: "withdraw", entity: "nomination", entityId: id, before: { status: "nominated" }, after: { status: "withdrawn", reason } });
      });
      return c.json(toNomination(await loadNominationView(db, id)), 200);
    },
  );

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
          const { id: _application, callId: _call, gradeAverage: _grade, languageCertificate: _certificate, choices: _choices, status: _status, withdrawnReason: _reason, version: _version, createdAt: _created, updatedAt: _updated, ...student } = application;
          const [mobility] = await tx
            .insert(mobilities)
            .values({
              ...student,
              applicationId: application.id,
              programme: call.programme,
              mobilityType: destination.mobilityType,
              academicYear,
              agreementId: destination.agreementId,
              conditionId: destination.conditionId,
              partnerId: destination.partnerId,
              hostName: destination.partnerName,
              hostCountry: destination.partnerCountry,
              hostCity: destination.partnerCity,
              eqfLevel: eqfOf(application.level),
              iscedCode: iscedOf(destination),
              plannedStart: start,
              plannedEnd: end,
            })
            .returning();
          mobilityId = mobility!.id;
          await recordAudit(tx, audit, c, { action: "create", entity: "mobility", entityId: mobilityId, after: mobility });
        }
        await updateVersioned(tx, nominations, id, input.version, { decision: input.decision, decidedOn: input.decidedOn, decisionNote: input.note, mobilityId });
        await recordAudit(tx, audit, c, { action: "decision", entity: "nomination", entityId: id, before: { decision: nomination.decision }, after: { decision: input.decision, decidedOn: input.decidedOn, note: input.note, mobilityId } });
      });
      return c.json(toNomination(await loadNominationView(db, id)), 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/calls/{id}/nominations/export",
      tags: ["nominations"],
      summary: "One host's live nominations as CSV, a PDF letter, or EWP-shaped JSON",
      access: { roles: STAFF },
      request: { params: IdParams, query: NominationExportQuery },
      responses: { 200: jsonResponse(EwpNominations, "EWP JSON (format=ewp); text/csv or application/pdf otherwise") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { partnerId, format } = c.req.valid("query");
      const call = await loadCall(db, id);
      const views = await nominationViews(db, and(eq(nominations.callId, id), eq(callDestinations.partnerId, partnerId), eq(nominations.status, "nominated")));
      const [host] = await db.select().from(callDestinations).where(and(eq(callDestinations.callId, id), eq(callDestinations.partnerId, partnerId))).limit(1);
      if (!host) throw new HttpProblem("validation", "Some fields are invalid.", { errors: [{ path: "query.partnerId", message: "Not a host of this call" }] });
      const filename = `nominations-${call.academicYear}-${(host.partnerErasmusCode ?? host.partnerName).replace(/[^A-Za-z0-9]+/g, "-")}`;
      if (format === "ewp") return c.json(nominationsEwp(views, { schac: host.partnerSchac, erasmusCode: host.partnerErasmusCode, name: host.partnerName }), 200);
      if (format === "csv") {
        return c.body(nominationsCsv(views), 200, { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${filename}.csv"` }) as never;
      }
      const pdf = await nominationsPdf(views, host.partnerName, call.academicYear);
      return c.body(pdf as Uint8Array<ArrayBuffer>, 200, { "content-type": "application/pdf", "content-disposition": `attachment; filename="${filename}.pdf"` }) as never;
    },
  );

  return router;
}
