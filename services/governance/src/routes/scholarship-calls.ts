import { AwardInput, CandidateList, ScholarshipCall, ScholarshipCallInput, ScholarshipCallList, ScholarshipCallUpdate } from "@orbis/contracts/governance";
import { createRouter, defineRoute, findOr404, HttpProblem, jsonBody, jsonResponse, recordAudit, updateVersioned } from "@orbis/service-kit";
import { desc, eq, sql } from "drizzle-orm";
import { audit, scholarshipCalls, scholarshipCandidates } from "../db/schema/index";
import { STAFF_READERS, WRITERS } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { awardPlan, loadRanking, toCalls } from "../domain/scholarships";
import type { RouteContext } from "./context";

/** Excellence scholarship calls: grid, committee, budget; the ranking and the awards within budget. */
export function scholarshipCallRoutes({ db }: RouteContext) {
  const router = createRouter();
  const one = async (id: string) => (await toCalls(db, [await findOr404(db, scholarshipCalls, id, "call")]))[0]!;

  router.openapi(
    defineRoute({ method: "get", path: "/scholarships/calls", tags: ["scholarships"], summary: "Calls, latest year first, with awarded and paid totals", access: { roles: STAFF_READERS }, responses: { 200: jsonResponse(ScholarshipCallList, "The calls") } }),
    async (c) => c.json(await toCalls(db, await db.select().from(scholarshipCalls).orderBy(desc(scholarshipCalls.year), desc(scholarshipCalls.createdAt))), 200),
  );

  router.openapi(
    defineRoute({ method: "post", path: "/scholarships/calls", tags: ["scholarships"], summary: "Open a call", access: { roles: WRITERS }, request: jsonBody(ScholarshipCallInput), responses: { 201: jsonResponse(ScholarshipCall, "Created") } }),
    async (c) => {
      const input = c.req.valid("json");
      const id = await db.transaction(async (tx) => {
        const [row] = await tx.insert(scholarshipCalls).values(input).returning();
        await recordAudit(tx, audit, c, { action: "create", entity: "scholarship-call", entityId: row!.id, after: row });
        return row!.id;
      });
      return c.json(await one(id), 201);
    },
  );

  router.openapi(
    defineRoute({ method: "get", path: "/scholarships/calls/{id}", tags: ["scholarships"], summary: "One call", access: { roles: STAFF_READERS }, request: { params: IdParams }, responses: { 200: jsonResponse(ScholarshipCall, "The call") } }),
    async (c) => c.json(await one(c.req.valid("param").id), 200),
  );

  router.openapi(
    defineRoute({
      method: "put",
      path: "/scholarships/calls/{id}",
      tags: ["scholarships"],
      summary: "Change an open call; needs the version read",
      access: { roles: WRITERS },
      request: { params: IdParams, ...jsonBody(ScholarshipCallUpdate) },
      responses: { 200: jsonResponse(ScholarshipCall, "Updated") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, ...input } = c.req.valid("json");
      await db.transaction(async (tx) => {
        const before = await findOr404(tx, scholarshipCalls, id, "call");
        if (before.status === "awarded") throw new HttpProblem("conflict", "The awards are decided: the call can no longer change.");
        const after = await updateVersioned(tx, scholarshipCalls, id, version, input);
        await recordAudit(tx, audit, c, { action: "update", entity: "scholarship-call", entityId: id, before, after });
      });
      return c.json(await one(id), 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/scholarships/calls/{id}/candidates",
      tags: ["scholarships"],
      summary: "The call's candidates ranked by weighted committee score",
      access: { roles: STAFF_READERS },
      request: { params: IdParams },
      responses: { 200: jsonResponse(CandidateList, "Ranked candidates") },
    }),
    async (c) => c.json(await loadRanking(db, await findOr404(db, scholarshipCalls, c.req.valid("param").id, "call")), 200),
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/scholarships/calls/{id}/awards",
      tags: ["scholarships"],
      summary: "Award down the ranking while the budget covers a full award; closes the call",
      access: { roles: WRITERS },
      request: { params: IdParams, ...jsonBody(AwardInput) },
      responses: { 200: jsonResponse(CandidateList, "Ranked candidates with their awards") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version } = c.req.valid("json");
      await db.transaction(async (tx) => {
        const call = await findOr404(tx, scholarshipCalls, id, "call");
        if (call.status === "awarded") throw new HttpProblem("conflict", "The awards are already decided.");
        const ranking = await loadRanking(tx, call);
        if (!ranking.some((r) => r.rank !== null)) throw new HttpProblem("conflict", "No candidate is scored yet.");
        await updateVersioned(tx, scholarshipCalls, id, version, { status: "awarded" });
        const plan = awardPlan(call, ranking);
        for (const p of plan) await tx.update(scholarshipCandidates).set({ status: p.status, awardedCents: p.awardedCents, version: sql`${scholarshipCandidates.version} + 1`, updatedAt: new Date() }).where(eq(scholarshipCandidates.id, p.id));
        await recordAudit(tx, audit, c, { action: "award", entity: "scholarship-call", entityId: id, after: plan });
      });
      return c.json(await loadRanking(db, await findOr404(db, scholarshipCalls, id, "call")), 200);
    },
  );

  return router;
}
