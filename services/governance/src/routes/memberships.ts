import { eq, ilike, type SQL } from "drizzle-orm";
import {
  CreateMembership,
  CreateMembershipEvent,
  CreateMembershipFee,
  Membership,
  MembershipEvent,
  MembershipEventQuery,
  MembershipFee,
  MembershipFeeQuery,
  MembershipQuery,
  UpdateMembership,
  UpdateMembershipEvent,
  UpdateMembershipFee,
} from "@orbis/contracts/governance";
import { createRouter } from "@orbis/service-kit";
import { membershipEvents, membershipFees, memberships } from "../db/schema/index";
import { STAFF_READERS, WRITERS } from "../domain/access";
import { assertOrdered, assertReference } from "../domain/checks";
import { inYear } from "./commission";
import type { RouteContext } from "./context";
import { resourceRoutes } from "./resource";

type Q = Record<string, unknown>;

/** Network memberships: fees per year, representatives, renewals and the events attended. */
export function membershipRoutes({ db }: RouteContext) {
  const router = createRouter();
  const common = { tag: "memberships", readers: STAFF_READERS, writers: WRITERS } as const;

  router.route(
    "/",
    resourceRoutes(db, {
      ...common,
      entity: "membership",
      path: "/memberships",
      table: memberships,
      dto: Membership,
      create: CreateMembership,
      update: UpdateMembership,
      query: MembershipQuery,
      orderBy: [memberships.name, memberships.id],
      filters: (q: Q) => {
        const where: SQL[] = [];
        if (q.kind) where.push(eq(memberships.kind, q.kind as string));
        if (q.status) where.push(eq(memberships.status, q.status as string));
        if (q.q) where.push(ilike(memberships.name, `%${q.q as string}%`));
        return where;
      },
      check: async (_tx, v) => assertOrdered(v.memberSince, v.renewalOn, "renewalOn", "The renewal comes after the start of the membership."),
    }),
  );

  router.route(
    "/",
    resourceRoutes(db, {
      ...common,
      entity: "membership-fee",
      path: "/membership-fees",
      table: membershipFees,
      dto: MembershipFee,
      create: CreateMembershipFee,
      update: UpdateMembershipFee,
      query: MembershipFeeQuery,
      orderBy: [membershipFees.membershipId, membershipFees.year, membershipFees.id],
      filters: (q: Q) => {
        const where: SQL[] = [];
        if (q.membershipId) where.push(eq(membershipFees.membershipId, q.membershipId as string));
        if (q.year !== undefined) where.push(eq(membershipFees.year, q.year as number));
        return where;
      },
      check: async (tx, v) => void (await assertReference(tx, memberships, v.membershipId, "membershipId", "membership")),
      duplicate: { path: "year", message: "The fee of that year is already recorded: edit it." },
    }),
  );

  router.route(
    "/",
    resourceRoutes(db, {
      ...common,
      entity: "membership-event",
      path: "/membership-events",
      table: membershipEvents,
      dto: MembershipEvent,
      create: CreateMembershipEvent,
      update: UpdateMembershipEvent,
      query: MembershipEventQuery,
      orderBy: [membershipEvents.membershipId, membershipEvents.startsOn, membershipEvents.id],
      filters: (q: Q) => {
        const where: SQL[] = [];
        if (q.membershipId) where.push(eq(membershipEvents.membershipId, q.membershipId as string));
        if (q.year !== undefined) where.push(inYear(membershipEvents.startsOn, q.year as number));
        return where;
      },
      check: async (tx, v) => void (await assertReference(tx, memberships, v.membershipId, "membershipId", "membership")),
    }),
  );

  return router;
}
