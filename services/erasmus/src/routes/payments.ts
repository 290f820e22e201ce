import { PaymentSchedule, RecordPayment } from "@orbis/contracts/erasmus";
import { Id } from "@orbis/contracts/common";
import type { GrantInput } from "@orbis/contracts/erasmus";
import { createRouter, defineRoute, findOr404, HttpProblem, jsonBody, jsonResponse } from "@orbis/service-kit";
import { asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { grants, payments } from "../db/schema/index";
import type { Db } from "@orbis/db";
import { READ, WRITE } from "../domain/access";
import { actorOf, audited } from "../domain/audit";
import { scheduleOf } from "../domain/payments";
import { fieldProblem } from "../domain/problems";
import { loadRates } from "../domain/rates";
import type { GrantRow } from "../domain/grant-rows";
import type { RouteContext } from "./context";

const params = z.object({ id: Id });

async function scheduleFor(db: Db, grant: GrantRow) {
  const rows = await db.select().from(payments).where(eq(payments.grantId, grant.id)).orderBy(asc(payments.paidOn), asc(payments.recordedAt));
  const callYear = (grant.input as GrantInput).callYear;
  const rates = (await loadRates(db, [callYear])).get(callYear);
  return scheduleOf(grant, rows, rates?.prefinancingPercent ?? 80);
}

/** A participant's payment schedule and the payments made (each recorded once, never above the grant). */
export function paymentRoutes({ db }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({ method: "get", path: "/grants/{id}/payments", tags: ["payments"], summary: "The payment schedule, payments made and what remains", access: READ, request: { params }, responses: { 200: jsonResponse(PaymentSchedule, "Schedule") } }),
    async (c) => {
      const [grant] = await db.select().from(grants).where(eq(grants.id, c.req.valid("param").id));
      if (!grant) throw new HttpProblem("not_found", "No such grant.");
      return c.json(await scheduleFor(db, grant), 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/grants/{id}/payments",
      tags: ["payments"],
      summary: "Record a payment (idempotent by key: a repeated request answers the first one's schedule)",
      access: WRITE,
      request: { params, ...jsonBody(RecordPayment) },
      responses: { 200: jsonResponse(PaymentSchedule, "Already recorded"), 201: jsonResponse(PaymentSchedule, "Recorded") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const body = c.req.valid("json");
      const outcome = await db.transaction(async (tx) => {
        // The grant row lock serialises payments of one participant: two at once cannot both pass the remaining check.
        const grant = await findOr404(tx, grants, id, "grant");
        const [already] = await tx.select().from(payments).where(eq(payments.idempotencyKey, body.idempotencyKey));
        if (already) {
          if (already.grantId !== id || already.amountCents !== body.amountCents) throw new HttpProblem("conflict", "This idempotency key was used for another payment.");
          return { status: 200 as const, grant };
        }
        if (grant.problem !== null || grant.result === null) throw new HttpProblem("conflict", "The grant is not computed yet: complete it before paying.");
        const remaining = grant.totalCents - grant.paidCents;
        if (body.amountCents > remaining) throw fieldProblem("amountCents", `The payment is above what remains of the grant (${(remaining / 100).toFixed(2)} EUR).`);
        if (body.kind === "balance" && !grant.reportSubmitted) throw fieldProblem("kind", "The balance is paid after the participant report.");
        const [payment] = await tx.insert(payments).values({ grantId: id, ...body, recordedBy: actorOf(c) }).returning();
        const [after] = await tx
          .update(grants)
          .set({ paidCents: sql`${grants.paidCents} + ${body.amountCents}`, version: sql`${grants.version} + 1`, updatedAt: new Date() })
          .where(eq(grants.id, id))
          .returning();
        await audited(tx, c, { action: "pay", entity: "grant", entityId: id, after: payment });
        return { status: 201 as const, grant: after! };
      });
      return c.json(await scheduleFor(db, outcome.grant), outcome.status);
    },
  );
  return router;
}
