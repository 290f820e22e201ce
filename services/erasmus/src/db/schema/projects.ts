import { bigint, date, index, integer, jsonb, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { erasmusSchema, versioned } from "./core";

/** A KA131 or KA171 mobility project: one grant agreement with the National Agency. */
export const projects = erasmusSchema.table(
  "projects",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    action: text("action").notNull(),
    callYear: smallint("call_year").notNull(),
    grantAgreementNumber: text("grant_agreement_number").notNull(),
    title: text("title").notNull(),
    startDate: date("start_date", { mode: "string" }).notNull(),
    endDate: date("end_date", { mode: "string" }).notNull(),
    budgetIndividualCents: bigint("budget_individual_cents", { mode: "number" }).notNull(),
    budgetTravelCents: bigint("budget_travel_cents", { mode: "number" }).notNull(),
    budgetInclusionCents: bigint("budget_inclusion_cents", { mode: "number" }).notNull(),
    budgetOrganisationalCents: bigint("budget_organisational_cents", { mode: "number" }).notNull(),
    partnerCountries: text("partner_countries").array().notNull().default([]),
    status: text("status").notNull().default("running"),
    amendmentCount: integer("amendment_count").notNull().default(0),
    ...versioned(),
  },
  (t) => [uniqueIndex("projects_gan_idx").on(t.grantAgreementNumber), index("projects_year_idx").on(t.callYear, t.action)],
);

/** An amendment to a project's grant agreement: period and budget before and after, never rewritten. */
export const projectAmendments = erasmusSchema.table(
  "project_amendments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id),
    number: integer("number").notNull(),
    signedOn: date("signed_on", { mode: "string" }).notNull(),
    reason: text("reason").notNull(),
    before: jsonb("before").notNull(),
    after: jsonb("after").notNull(),
    recordedBy: text("recorded_by").notNull(),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("project_amendments_number_idx").on(t.projectId, t.number)],
);
