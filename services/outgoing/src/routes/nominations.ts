import { CreateNomination, Nomination, NominationList, NominationQuery, WithdrawNomination, type AllocationResult } from "@orbis/contracts/outgoing";
import { createRouter, defineRoute, departmentScope, HttpProblem, jsonBody, jsonResponse, principalOf, recordAudit, updateVersioned } from "@orbis/service-kit";
import { and, desc, eq, inArray, isNotNull, sql, type SQL } from "drizzle-orm";
import { AgreementsCallFailed, type AgreementsClient } from "../clients/agreements";
import { allocationRuns, applications, audit, callDestinations, nominations } from "../db/schema/index";
import { READERS, STAFF } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { loadCall } from "../domain/calls";
import { isUniqueViolation } from "../domain/db-errors";
import { loadNominationView, nominationViews, toNomination } from "../domain/nominations";
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

  return router;
}
