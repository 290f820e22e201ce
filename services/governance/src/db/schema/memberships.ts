import { date, index, integer, smallint, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { governanceSchema, versioned } from "./core";

/** The university's membership of a network, alliance or association. */
export const memberships = governanceSchema.table(
  "memberships",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    code: text("code").notNull().default(""),
    kind: text("kind").notNull(),
    memberSince: date("member_since", { mode: "string" }).notNull(),
    renewalOn: date("renewal_on", { mode: "string" }),
    status: text("status").notNull().default("active"),
    representatives: text("representatives").array().notNull().default([]),
    notes: text("notes").notNull().default(""),
    ...versioned(),
  },
  (t) => [index("memberships_status_idx").on(t.status, t.renewalOn)],
);

export const membershipFees = governanceSchema.table(
  "membership_fees",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    membershipId: uuid("membership_id")
      .notNull()
      .references(() => memberships.id, { onDelete: "cascade" }),
    year: smallint("year").notNull(),
    amountCents: integer("amount_cents").notNull(),
    paidOn: date("paid_on", { mode: "string" }),
    invoiceRef: text("invoice_ref").notNull().default(""),
    ...versioned(),
  },
  (t) => [uniqueIndex("membership_fees_year_uq").on(t.membershipId, t.year)],
);

export const membershipEvents = governanceSchema.table(
  "membership_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    membershipId: uuid("membership_id")
      .notNull()
      .references(() => memberships.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    location: text("location").notNull().default(""),
    attendees: text("attendees").array().notNull().default([]),
    report: text("report").notNull().default(""),
    ...versioned(),
  },
  (t) => [index("membership_events_idx").on(t.membershipId, t.startsOn)],
);

export const membershipTables = { memberships, membershipFees, membershipEvents };
