import { RecordUsage, Availability } from "@orbis/contracts/agreements";
import { createRouter, defineRoute, HttpProblem, jsonBody, jsonResponse, principalOf, recordAudit } from "@orbis/service-kit";
import { and, eq, gte, inArray, lte, sql, type SQL } from "drizzle-orm";
import { AGREEMENT_ID, agreementPartners, agreements, audit, conditions, quotaUsage } from "../db/schema";
import { actorOf, agreementScope, READERS, USAGE_WRITERS } from "../domain/access";
import { loadAgreement } from "../domain/agreements";
import { AvailabilityList, AvailabilitySearch, AvailabilityYearQuery, IdParams } from "../domain/api-schemas";
import { availabilityOf, toAvailability, usedPlaces } from "../domain/quotas";
import type { RouteContext } from "./context";

const NO_USAGE_STATUSES = ["draft", "negotiation", "terminated"];

/** Places offered and used per condition and academic year; other poles record usage with service tokens. */
export function quotaRoutes({ db }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/agreements/{id}/availability",
      tags: ["quotas"],
      summary: "Places offered, used and remaining per condition of the agreement for an academic year",
      access: { roles: READERS },
      request: { params: IdParams, query: AvailabilityYearQuery },
      responses: { 200: jsonResponse(AvailabilityList, "One item per condition") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { year } = c.req.valid("query");
      await loadAgreement(db, id, principalOf(c));
      return c.json(await availabilityOf(db, eq(conditions.agreementId, id), year), 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/availability",
      tags: ["quotas"],
      summary: "Availability across agreements in force in the year, by partner, direction, EQF level, ISCED code",
      access: { roles: READERS },
      request: { query: AvailabilitySearch },
      responses: { 200: jsonResponse(AvailabilityList, "One item per matching condition") },
    }),
    async (c) => {
      const query = c.req.valid("query");
      const agreementFilter: SQL[] = [
        inArray(agreements.status, ["active", "expiring", "signed-one-side"]),
        lte(agreements.startYear, query.year),
        gte(agreements.endYear, query.year),
      ];
      const scope = agreementScope(principalOf(c));
      if (scope !== null) agreementFilter.push(scope.length ? sql`${agreements.departments} && ${sql.param(scope)}::text[]` : sql`false`);
      if (query.partnerId) {
        agreementFilter.push(
          sql`exists (select 1 from ${agreementPartners} ap where ap.agreement_id = ${AGREEMENT_ID} and ap.partner_id = ${query.partnerId})`,
        );
      }
      const where: SQL[] = [inArray(conditions.agreementId, db.select({ id: agreements.id }).from(agreements).where(and(...agreementFilter)))];
      if (query.direction) where.push(eq(conditions.direction, query.direction));
      if (query.eqf !== undefined) where.push(sql`(cardinality(${conditions.eqfLevels}) = 0 or ${query.eqf} = any(${conditions.eqfLevels}))`);
      if (query.isced) where.push(sql`(cardinality(${conditions.iscedCodes}) = 0 or ${query.isced} = any(${conditions.iscedCodes}))`);
      return c.json(await availabilityOf(db, and(...where), query.year), 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/agreements/{id}/usage",
      tags: ["quotas"],
      summary: "Take (count > 0) or give back (count < 0) places; above the quota only with an audited override",
      access: { roles: USAGE_WRITERS },
      request: { params: IdParams, ...jsonBody(RecordUsage) },
      responses: { 200: jsonResponse(Availability, "Availability after the change") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const input = c.req.valid("json");
      const actor = actorOf(principalOf(c));
      const result = await db.transaction(async (tx) => {
        // The condition row lock serialises concurrent usage of the same condition: the check and the insert
        // below see every usage committed before.
        const [condition] = await tx
          .select()
          .from(conditions)
          .where(and(eq(conditions.id, input.conditionId), eq(conditions.agreementId, id)))
          .for("update");
        if (!condition) {
          throw new HttpProblem("validation", "Some fields are invalid.", {
            errors: [{ path: "body.conditionId", message: "No such condition on this agreement" }],
          });
        }
        const [agreement] = await tx.select().from(agreements).where(eq(agreements.id, id));
        if (NO_USAGE_STATUSES.includes(agreement!.status)) {
          throw new HttpProblem("conflict", `The agreement is ${agreement!.status}: its places cannot be used.`);
        }
        if (input.academicYear < agreement!.startYear || input.academicYear > agreement!.endYear) {
          throw new HttpProblem("validation", "Some fields are invalid.", {
            errors: [{ path: "body.academicYear", message: `The agreement covers ${agreement!.startYear} to ${agreement!.endYear}` }],
          });
        }
        const used = (await usedPlaces(tx, [condition.id], input.academicYear)).get(condition.id) ?? 0;
        const remaining = condition.places - used;
        if (input.count < 0 && used + input.count < 0) {
          throw new HttpProblem("conflict", `Only ${used} place(s) are used in ${input.academicYear}: ${-input.count} cannot be given back.`);
        }
        const overQuota = input.count > 0 && input.count > remaining;
        if (overQuota && !input.override) {
          throw new HttpProblem(
            "conflict",
            `Only ${Math.max(remaining, 0)} place(s) remain for ${input.academicYear} (${condition.places} offered, ${used} used): ${input.count} requested. An override with a reason is required to go above the quota.`,
          );
        }
        const overrideReason = overQuota ? input.override!.reason : null;
        await tx.insert(quotaUsage).values({
          agreementId: id,
          conditionId: condition.id,
          academicYear: input.academicYear,
          count: input.count,
          reference: input.reference,
          actor,
          overrideReason,
        });
        const after = toAvailability(condition, input.academicYear, used + input.count);
        await recordAudit(tx, audit, c, {
          action: overQuota ? "usage_override" : "usage",
          entity: "quota_usage",
          entityId: id,
          before: { conditionId: condition.id, academicYear: input.academicYear, used },
          after: { conditionId: condition.id, academicYear: input.academicYear, used: used + input.count, count: input.count, reference: input.reference, overrideReason },
        });
        return after;
      });
      return c.json(result, 200);
    },
  );

  return router;
}
