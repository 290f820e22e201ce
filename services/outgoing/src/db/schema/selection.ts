import { sql } from "drizzle-orm";
import { boolean, customType, date, doublePrecision, index, integer, jsonb, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { outgoingSchema, studentColumns, timestamps } from "./core";

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

/** A call for applications of one programme and academic year. */
export const calls = outgoingSchema.table(
  "calls",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    academicYear: smallint("academic_year").notNull(),
    programme: text("programme").notNull(),
    title: text("title").notNull(),
    opensOn: date("opens_on", { mode: "string" }).notNull(),
    closesOn: date("closes_on", { mode: "string" }).notNull(),
    status: text("status").notNull().default("draft"),
    eligibility: jsonb("eligibility").$type<{ levels: string[]; minGradeAverage: number | null; languageCertificateRequired: boolean; minCefr: string | null }>().notNull(),
    requiredDocuments: jsonb("required_documents").$type<string[]>().notNull().default([]),
    ...timestamps(),
  },
  (t) => [index("calls_year_idx").on(t.academicYear, t.programme)],
);

/** A sending condition of an agreement offered in a call (copied from the agreements service at sync). */
export const callDestinations = outgoingSchema.table(
  "call_destinations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    callId: uuid("call_id").notNull().references(() => calls.id),
    agreementId: uuid("agreement_id").notNull(),
    conditionId: uuid("condition_id").notNull(),
    partnerId: uuid("partner_id").notNull(),
    partnerName: text("partner_name").notNull(),
    partnerCountry: text("partner_country").notNull(),
    partnerCity: text("partner_city").notNull().default(""),
    partnerErasmusCode: text("partner_erasmus_code"),
    partnerSchac: text("partner_schac"),
    mobilityType: text("mobility_type").notNull(),
    eqfLevels: jsonb("eqf_levels").$type<number[]>().notNull(),
    iscedCodes: jsonb("isced_codes").$type<string[]>().notNull(),
    places: integer("places").notNull(),
    departments: jsonb("departments").$type<string[]>().notNull(),
    inForce: boolean("in_force").notNull().default(true),
    syncedAt: timestamp("synced_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("call_destinations_condition_unique").on(t.callId, t.conditionId)],
);

/** A student's application to a call, with up to three ranked destination choices. */
export const applications = outgoingSchema.table(
  "applications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    callId: uuid("call_id").notNull().references(() => calls.id),
    ...studentColumns(),
    gradeAverage: doublePrecision("grade_average").notNull(),
    languageCertificate: jsonb("language_certificate").$type<{ language: string; cefr: string } | null>(),
    choices: jsonb("choices").$type<string[]>().notNull().default([]),
    status: text("status").notNull().default("submitted"),
    withdrawnReason: text("withdrawn_reason"),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("applications_student_unique").on(t.callId, t.studentNumber),
    index("applications_department_idx").on(t.callId, t.department),
  ],
);

export const applicationDocuments = outgoingSchema.table(
  "application_documents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    applicationId: uuid("application_id").notNull().references(() => applications.id),
    kind: text("kind").notNull(),
    filename: text("filename").notNull(),
    contentType: text("content_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: text("sha256").notNull(),
    content: bytea("content").notNull(),
    uploadedBy: text("uploaded_by").notNull(),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("application_documents_idx").on(t.applicationId)],
);

export interface StoredRankingEntry {
  applicationId: string;
  scores: { academic: number; motivation: number; language: number };
  tieBreak: number;
}

/** One department's ranking of its applicants in a call. */
export const rankings = outgoingSchema.table(
  "rankings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    callId: uuid("call_id").notNull().references(() => calls.id),
    department: text("department").notNull(),
    entries: jsonb("entries").$type<StoredRankingEntry[]>().notNull(),
    updatedBy: text("updated_by").notNull(),
    ...timestamps(),
  },
  (t) => [uniqueIndex("rankings_department_unique").on(t.callId, t.department)],
);

/** One run of the allocation: its inputs' hash and explained results. The latest run of a call is the current one. */
export const allocationRuns = outgoingSchema.table(
  "allocation_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    callId: uuid("call_id").notNull().references(() => calls.id),
    inputsHash: text("inputs_hash").notNull(),
    results: jsonb("results").$type<unknown[]>().notNull(),
    runBy: text("run_by").notNull(),
    runAt: timestamp("run_at", { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp("published_at", { withTimezone: true }),
  },
  (t) => [index("allocation_runs_call_idx").on(t.callId, t.runAt)],
);

/** A student nominated to a host institution after publication, and the host's decision. */
export const nominations = outgoingSchema.table(
  "nominations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    callId: uuid("call_id").notNull().references(() => calls.id),
    applicationId: uuid("application_id").notNull().references(() => applications.id),
    destinationId: uuid("destination_id").notNull().references(() => callDestinations.id),
    status: text("status").notNull().default("nominated"),
    withdrawnReason: text("withdrawn_reason"),
    decision: text("decision"),
    decidedOn: date("decided_on", { mode: "string" }),
    decisionNote: text("decision_note"),
    mobilityId: uuid("mobility_id"),
    ...timestamps(),
  },
  (t) => [
    // One live nomination per application; a withdrawn one may be followed by another.
    uniqueIndex("nominations_application_unique").on(t.applicationId).where(sql`status = 'nominated'`),
    index("nominations_call_idx").on(t.callId),
  ],
);
