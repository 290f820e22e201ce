import { date, index, integer, jsonb, smallint, text, uuid } from "drizzle-orm/pg-core";
import type { AidRules } from "@orbis/contracts/outgoing";
import { mobilities, outgoingSchema, timestamps } from "./core";

/** Mobility aids other than Erasmus+ (AMI, regional, university grants) per academic year; amounts in euro cents. */
export const aids = outgoingSchema.table(
  "aids",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: text("kind").notNull(),
    name: text("name").notNull(),
    academicYear: smallint("academic_year").notNull(),
    budgetCents: integer("budget_cents").notNull(),
    amountType: text("amount_type").notNull(),
    amountCents: integer("amount_cents").notNull(),
    maxFundedMonths: smallint("max_funded_months").notNull(),
    rules: jsonb("rules").$type<AidRules>().notNull(),
    ...timestamps(),
  },
  (t) => [index("aids_year_idx").on(t.academicYear)],
);

export type EligibilityCheckRow = { rule: string; passed: boolean; detail: string };

/** An aid granted for a mobility; cancelled awards give their amount back to the budget. */
export const aidAwards = outgoingSchema.table(
  "aid_awards",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    aidId: uuid("aid_id")
      .notNull()
      .references(() => aids.id),
    mobilityId: uuid("mobility_id")
      .notNull()
      .references(() => mobilities.id),
    months: smallint("months").notNull(),
    fundedMonths: smallint("funded_months").notNull(),
    amountCents: integer("amount_cents").notNull(),
    status: text("status").notNull().default("awarded"),
    paidOn: date("paid_on", { mode: "string" }),
    cancelReason: text("cancel_reason"),
    eligibility: jsonb("eligibility").$type<EligibilityCheckRow[]>().notNull(),
    ...timestamps(),
  },
  (t) => [index("aid_awards_aid_idx").on(t.aidId, t.status), index("aid_awards_mobility_idx").on(t.mobilityId)],
);
