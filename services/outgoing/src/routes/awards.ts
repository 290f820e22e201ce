import { AidAward, AidAwardList, ChangeAwardStatus, CreateAward, AidEligibilityList, MobilityFunding } from "@orbis/contracts/outgoing";
import { createRouter, defineRoute, findOr404, HttpProblem, jsonBody, jsonResponse, principalOf, recordAudit, updateVersioned } from "@orbis/service-kit";
import { and, eq, ne } from "drizzle-orm";
import { aidAwards, aids, audit } from "../db/schema/index";
import { READERS, STAFF } from "../domain/access";
import { awardsOfMobility, committedByAid, eligibilityOf, toAward } from "../domain/aid";
import { IdParams } from "../domain/api-schemas";
import { loadMobility } from "../domain/mobilities";
import type { RouteContext } from "./context";

/** Aid awards per mobility: eligibility, awarding within the budget, payment, and the student's funding. */
export function awardRoutes({ db }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/mobilities/{id}/aid-eligibility",
      tags: ["aid"],
      summary: "Each aid of the mobility's academic year checked against the mobility, with the amount it would pay",
      access: { roles: READERS },
      request: { params: IdParams },
      responses: { 200: jsonResponse(AidEligibilityList, "One item per aid of the year") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const mobility = await loadMobility(db, id, principalOf(c));
      const rows = await db.select().from(aids).where(eq(aids.academicYear, mobility.academicYear)).orderBy(aids.name, aids.id);
      const committed = await committedByAid(db, rows.map((r) => r.id));
      return c.json(rows.map((aid) => eligibilityOf(aid, mobility, aid.budgetCents - (committed.get(aid.id)?.cents ?? 0))), 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/mobilities/{id}/aid-awards",
      tags: ["aid"],
      summary: "Award an aid to the mobility: 422 when not eligible (reasons given), 409 beyond the aid's remaining budget",
      access: { roles: STAFF },
      request: { params: IdParams, ...jsonBody(CreateAward) },
      responses: { 201: jsonResponse(AidAward, "Awarded") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { aidId } = c.req.valid("json");
      const created = await db.transaction(async (tx) => {
        const mobility = await loadMobility(tx, id, principalOf(c));
        // The aid row lock serialises awards of one aid: each sees the awards committed before it.
        const [aid] = await tx.select().from(aids).where(eq(aids.id, aidId)).for("update");
        if (!aid) throw new HttpProblem("validation", "Some fields are invalid.", { errors: [{ path: "body.aidId", message: "No such aid" }] });
        const [already] = await tx
          .select({ id: aidAwards.id })
          .from(aidAwards)
          .where(and(eq(aidAwards.aidId, aidId), eq(aidAwards.mobilityId, id), ne(aidAwards.status, "cancelled")));
        if (already) throw new HttpProblem("duplicate", "This aid is already awarded for this mobility.");
        const remaining = aid.budgetCents - ((await committedByAid(tx, [aidId])).get(aidId)?.cents ?? 0);
        const eligibility = eligibilityOf(aid, mobility, remaining);
        if (!eligibility.eligible) {
          const failed = eligibility.checks.filter((check) => !check.passed).map((check) => check.detail);
          throw new HttpProblem("unprocessable", `Not eligible for ${aid.name}: ${failed.join("; ")}.`);
        }
        if (eligibility.amountCents > remaining) {
          throw new HttpProblem("conflict", `${aid.name} has ${Math.max(remaining, 0)} cents left: ${eligibility.amountCents} cannot be awarded.`);
        }
        const [row] = await tx
          .insert(aidAwards)
          .values({ aidId, mobilityId: id, months: eligibility.months, fundedMonths: eligibility.fundedMonths, amountCents: eligibility.amountCents, eligibility: eligibility.checks })
          .returning();
        const award = toAward(row!, aid.name);
        await recordAudit(tx, audit, c, { action: "award", entity: "aid_award", entityId: award.id, after: award });
        return award;
      });
      return c.json(created, 201);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/aid-awards/{id}/status",
      tags: ["aid"],
      summary: "Mark an award paid (with the date) or cancel it (with a reason; its amount returns to the budget)",
      access: { roles: STAFF },
      request: { params: IdParams, ...jsonBody(ChangeAwardStatus) },
      responses: { 200: jsonResponse(AidAward, "Changed") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const input = c.req.valid("json");
      const changed = await db.transaction(async (tx) => {
        const row = await findOr404(tx, aidAwards, id, "award");
        const [aid] = await tx.select({ name: aids.name }).from(aids).where(eq(aids.id, row.aidId));
        const before = toAward(row, aid!.name);
        if (row.version === input.version && row.status !== "awarded") {
          throw new HttpProblem("conflict", `The award is ${row.status}: only an awarded aid can be paid or cancelled.`);
        }
        const values = input.status === "paid" ? { status: "paid", paidOn: input.paidOn! } : { status: "cancelled", cancelReason: input.reason! };
        const after = toAward(await updateVersioned(tx, aidAwards, id, input.version, values), aid!.name);
        await recordAudit(tx, audit, c, { action: input.status === "paid" ? "pay" : "cancel", entity: "aid_award", entityId: id, before, after });
        return after;
      });
      return c.json(changed, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/aids/{id}/awards",
      tags: ["aid"],
      summary: "The awards of an aid",
      access: { roles: STAFF },
      request: { params: IdParams },
      responses: { 200: jsonResponse(AidAwardList, "Oldest first") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const [aid] = await db.select().from(aids).where(eq(aids.id, id));
      if (!aid) throw new HttpProblem("not_found", "No such aid.");
      const rows = await db.select().from(aidAwards).where(eq(aidAwards.aidId, id)).orderBy(aidAwards.createdAt, aidAwards.id);
      return c.json(rows.map((r) => toAward(r, aid.name)), 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/mobilities/{id}/funding",
      tags: ["aid"],
      summary: "The student's funding for the mobility across aids (the Erasmus+ grant is not included: see erasmusGrantCents)",
      access: { roles: READERS },
      request: { params: IdParams },
      responses: { 200: jsonResponse(MobilityFunding, "Awards and totals") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await loadMobility(db, id, principalOf(c));
      const awards = await awardsOfMobility(db, id);
      const live = awards.filter((a) => a.status !== "cancelled");
      return c.json(
        {
          mobilityId: id,
          awards,
          totalCents: live.reduce((sum, a) => sum + a.amountCents, 0),
          paidCents: live.filter((a) => a.status === "paid").reduce((sum, a) => sum + a.amountCents, 0),
          erasmusGrantCents: null,
        },
        200,
      );
    },
  );

  return router;
}
