import { Candidate, CandidateInput, PaymentInput, ScoreInput } from "@orbis/contracts/governance";
import { createRouter, defineRoute, findOr404, HttpProblem, jsonBody, jsonResponse, principalOf, recordAudit, updateVersioned } from "@orbis/service-kit";
import { and, eq } from "drizzle-orm";
import { audit, scholarshipCalls, scholarshipCandidates, scholarshipScores } from "../db/schema/index";
import { STAFF_READERS, WRITERS } from "../domain/access";
import { MISSION_REQUESTERS } from "../domain/missions";
import { IdParams } from "../domain/api-schemas";
import { assertMarksFit, loadRanking, paidOf } from "../domain/scholarships";
import type { RouteContext } from "./context";

/** Candidates of a call: application, committee marks (each member their own sheet), payments of the award. */
export function scholarshipCandidateRoutes({ db }: RouteContext) {
  const router = createRouter();
  const ranked = async (candidateId: string) => {
    const [cand] = await db.select().from(scholarshipCandidates).where(eq(scholarshipCandidates.id, candidateId));
    const call = await findOr404(db, scholarshipCalls, cand!.callId, "call");
    return (await loadRanking(db, call)).find((c) => c.id === candidateId)!;
  };

  router.openapi(
    defineRoute({
      method: "post",
      path: "/scholarships/calls/{id}/candidates",
      tags: ["scholarships"],
      summary: "Register a candidate to an open call",
      access: { roles: WRITERS },
      request: { params: IdParams, ...jsonBody(CandidateInput) },
      responses: { 201: jsonResponse(Candidate, "Registered") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const input = c.req.valid("json");
      const candidateId = await db.transaction(async (tx) => {
        const call = await findOr404(tx, scholarshipCalls, id, "call");
        if (call.status !== "open") throw new HttpProblem("conflict", "The call is closed.");
        const [row] = await tx.insert(scholarshipCandidates).values({ ...input, callId: id }).onConflictDoNothing().returning();
        if (!row) throw new HttpProblem("duplicate", "This candidate has applied already.", { errors: [{ path: "body.email", message: "Already a candidate of this call" }] });
        await recordAudit(tx, audit, c, { action: "create", entity: "scholarship-candidate", entityId: row.id, after: row });
        return row.id;
      });
      return c.json(await ranked(candidateId), 201);
    },
  );

  router.openapi(
    defineRoute({
      method: "put",
      path: "/scholarships/candidates/{id}/scores/mine",
      tags: ["scholarships"],
      summary: "A committee member records their marks (out of 20, one per criterion); version of their sheet after the first time",
      access: { roles: MISSION_REQUESTERS },
      request: { params: IdParams, ...jsonBody(ScoreInput) },
      responses: { 200: jsonResponse(Candidate, "The candidate with the new weighted score") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { marks, version } = c.req.valid("json");
      const member = principalOf(c).email?.toLowerCase() ?? "";
      await db.transaction(async (tx) => {
        const candidate = await findOr404(tx, scholarshipCandidates, id, "candidate");
        const call = await findOr404(tx, scholarshipCalls, candidate.callId, "call");
        if (!call.committee.includes(member)) throw new HttpProblem("forbidden", "Only the call's committee members score its candidates.");
        if (call.status !== "open") throw new HttpProblem("conflict", "The awards are decided: marks can no longer change.");
        assertMarksFit(call.criteria, marks);
        const [sheet] = await tx.select().from(scholarshipScores).where(and(eq(scholarshipScores.candidateId, id), eq(scholarshipScores.member, member)));
        if (!sheet) {
          if (version !== undefined) throw new HttpProblem("stale_version", "You have no score sheet for this candidate yet: send no version.");
          const [created] = await tx.insert(scholarshipScores).values({ candidateId: id, member, marks }).onConflictDoNothing().returning();
          if (!created) throw new HttpProblem("stale_version", "Your sheet was just saved elsewhere. Reload.");
          await recordAudit(tx, audit, c, { action: "score", entity: "scholarship-candidate", entityId: id, after: { member, marks } });
          return;
        }
        if (version === undefined) throw new HttpProblem("validation", "Some fields are invalid.", { errors: [{ path: "body.version", message: "Required: you scored this candidate already" }] });
        await updateVersioned(tx, scholarshipScores, sheet.id, version, { marks });
        await recordAudit(tx, audit, c, { action: "rescore", entity: "scholarship-candidate", entityId: id, before: { member, marks: sheet.marks }, after: { member, marks } });
      });
      return c.json(await ranked(id), 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/scholarships/candidates/{id}/payments",
      tags: ["scholarships"],
      summary: "Record a payment of an award (never beyond what was awarded)",
      access: { roles: WRITERS },
      request: { params: IdParams, ...jsonBody(PaymentInput) },
      responses: { 200: jsonResponse(Candidate, "The candidate with their payments") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, ...payment } = c.req.valid("json");
      await db.transaction(async (tx) => {
        const row = await findOr404(tx, scholarshipCandidates, id, "candidate");
        if (row.status !== "awarded") throw new HttpProblem("conflict", "Only awarded candidates are paid.");
        const left = row.awardedCents - paidOf(row);
        if (payment.amountCents > left) throw new HttpProblem("conflict", `Only ${left} cents remain to pay.`, { errors: [{ path: "body.amountCents", message: `At most ${left}` }] });
        await updateVersioned(tx, scholarshipCandidates, id, version, { payments: [...row.payments, payment] });
        await recordAudit(tx, audit, c, { action: "pay", entity: "scholarship-candidate", entityId: id, after: payment });
      });
      return c.json(await ranked(id), 200);
    },
  );

  router.openapi(
    defineRoute({ method: "get", path: "/scholarships/candidates/{id}", tags: ["scholarships"], summary: "One candidate with marks, rank and payments", access: { roles: STAFF_READERS }, request: { params: IdParams }, responses: { 200: jsonResponse(Candidate, "The candidate") } }),
    async (c) => {
      const { id } = c.req.valid("param");
      await findOr404(db, scholarshipCandidates, id, "candidate");
      return c.json(await ranked(id), 200);
    },
  );

  return router;
}
