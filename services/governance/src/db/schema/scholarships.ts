import { bigint, date, index, integer, jsonb, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { ScholarshipCriterion } from "@orbis/contracts/governance";
import { governanceSchema, versioned } from "./core";

export const scholarshipCalls = governanceSchema.table("scholarship_calls", {
  id: uuid("id").primaryKey().defaultRandom(),
  title: text("title").notNull(),
  year: integer("year").notNull(),
  closesOn: date("closes_on").notNull(),
  budgetCents: bigint("budget_cents", { mode: "number" }).notNull(),
  awardCents: bigint("award_cents", { mode: "number" }).notNull(),
  criteria: jsonb("criteria").$type<ScholarshipCriterion[]>().notNull(),
  committee: jsonb("committee").$type<string[]>().notNull(),
  status: text("status").$type<"open" | "awarded">().notNull().default("open"),
  ...versioned(),
});

export const scholarshipCandidates = governanceSchema.table(
  "scholarship_candidates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    callId: uuid("call_id").notNull().references(() => scholarshipCalls.id),
    name: text("name").notNull(),
    email: text("email").notNull(),
    nationality: text("nationality").notNull(),
    programmeOfStudy: text("programme_of_study").notNull(),
    status: text("status").$type<"applied" | "awarded" | "not_awarded">().notNull().default("applied"),
    awardedCents: bigint("awarded_cents", { mode: "number" }).notNull().default(0),
    payments: jsonb("payments").$type<Array<{ amountCents: number; paidOn: string }>>().notNull().default([]),
    ...versioned(),
  },
  (t) => [index("scholarship_candidates_call_idx").on(t.callId), uniqueIndex("scholarship_candidates_email_idx").on(t.callId, t.email)],
);

/** One committee member's marks for one candidate. */
export const scholarshipScores = governanceSchema.table(
  "scholarship_scores",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    candidateId: uuid("candidate_id").notNull().references(() => scholarshipCandidates.id),
    member: text("member").notNull(),
    marks: jsonb("marks").$type<Record<string, number>>().notNull(),
    ...versioned(),
  },
  (t) => [uniqueIndex("scholarship_scores_member_idx").on(t.candidateId, t.member)],
);
