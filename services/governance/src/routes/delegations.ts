import { eq, ilike, type SQL } from "drizzle-orm";
import { CreateDelegation, Delegation, DelegationQuery, UpdateDelegation } from "@orbis/contracts/governance";
import { createRouter } from "@orbis/service-kit";
import { delegations } from "../db/schema/index";
import { STAFF_READERS, WRITERS } from "../domain/access";
import { assertAgreementLinks } from "../domain/agreement-links";
import { assertOrdered } from "../domain/checks";
import { inYear } from "./commission";
import type { RouteContext } from "./context";
import { resourceRoutes } from "./resource";

type Q = Record<string, unknown>;

/** Delegations hosted or sent: dates, institution, programme, participants, follow-up and the agreements they led to. */
export function delegationRoutes({ db, agreements }: RouteContext) {
  const router = createRouter();
  router.route(
    "/",
    resourceRoutes(db, {
      entity: "delegation",
      path: "/delegations",
      tag: "delegations",
      table: delegations,
      dto: Delegation,
      create: CreateDelegation,
      update: UpdateDelegation,
      query: DelegationQuery,
      readers: STAFF_READERS,
      writers: WRITERS,
      orderBy: [delegations.startsOn, delegations.id],
      filters: (q: Q) => {
        const where: SQL[] = [];
        if (q.direction) where.push(eq(delegations.direction, q.direction as string));
        if (q.status) where.push(eq(delegations.status, q.status as string));
        if (q.year !== undefined) where.push(inYear(delegations.startsOn, q.year as number));
        if (q.countryCode) where.push(eq(delegations.countryCode, (q.countryCode as string).toUpperCase()));
        if (q.q) where.push(ilike(delegations.institution, `%${q.q as string}%`));
        return where;
      },
      check: async (_tx, v, before) => {
        assertOrdered(v.startsOn, v.endsOn, "endsOn", "The visit ends after it starts.");
        await assertAgreementLinks(agreements, v, before);
      },
    }),
  );
  return router;
}
