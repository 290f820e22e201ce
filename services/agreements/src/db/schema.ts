import { sql } from "drizzle-orm";
import {
  bigserial,
  customType,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createAuditTable } from "@orbis/service-kit";

export const agreementsSchema = pgSchema("agreements");

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

export interface ContactValue {
  role: string;
  name: string;
  email: string | null;
  phone: string | null;
}
export interface ConditionContactValue extends ContactValue {
  side: "home" | "partner";
}
export interface SignatoryValue {
  side: "home" | "partner";
  name: string;
  role: string;
  signedOn: string | null;
}

/** Institutions abroad. Erasmus and SCHAC codes, when known, identify one partner only. */
export const partners = agreementsSchema.table(
  "partners",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    nameLatin: text("name_latin").notNull(),
    countryCode: text("country_code").notNull(),
    city: text("city").notNull(),
    erasmusCode: text("erasmus_code"),
    schacCode: text("schac_code"),
    website: text("website"),
    faculties: text("faculties").array().notNull().default(sql`'{}'::text[]`),
    contacts: jsonb("contacts").$type<ContactValue[]>().notNull().default([]),
    networks: text("networks").array().notNull().default(sql`'{}'::text[]`),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("partners_erasmus_code_unique").on(t.erasmusCode).where(sql`${t.erasmusCode} is not null`),
    uniqueIndex("partners_schac_code_unique").on(t.schacCode).where(sql`${t.schacCode} is not null`),
    index("partners_name_latin_idx").on(sql`lower(${t.nameLatin})`),
    index("partners_country_idx").on(t.countryCode, t.nameLatin),
    index("partners_networks_idx").using("gin", t.networks),
  ],
);

/** Agreements; a renewal is a new row linked to the one it renews (previous_id / next_id). */
export const agreements = agreementsSchema.table(
  "agreements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    reference: text("reference").notNull(),
    /** Identifier of the agreement in another system (EWP iia-id), for re-imports. */
    externalId: text("external_id"),
    type: text("type").notNull(),
    title: text("title").notNull(),
    status: text("status").notNull().default("draft"),
    startYear: integer("start_year").notNull(),
    endYear: integer("end_year").notNull(),
    departments: text("departments").array().notNull().default(sql`'{}'::text[]`),
    signatories: jsonb("signatories").$type<SignatoryValue[]>().notNull().default([]),
    notes: text("notes").notNull().default(""),
    previousId: uuid("previous_id"),
    nextId: uuid("next_id"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("agreements_reference_unique").on(t.reference),
    uniqueIndex("agreements_external_id_unique").on(t.externalId).where(sql`${t.externalId} is not null`),
    index("agreements_status_end_idx").on(t.status, t.endYear),
    index("agreements_type_idx").on(t.type, t.endYear),
    index("agreements_end_year_idx").on(t.endYear),
    index("agreements_updated_idx").on(t.updatedAt),
    index("agreements_title_idx").on(sql`lower(${t.title})`),
    index("agreements_departments_idx").using("gin", t.departments),
    index("agreements_previous_idx").on(t.previousId),
  ],
);

export const agreementPartners = agreementsSchema.table(
  "agreement_partners",
  {
    agreementId: uuid("agreement_id")
      .notNull()
      .references(() => agreements.id, { onDelete: "cascade" }),
    partnerId: uuid("partner_id")
      .notNull()
      .references(() => partners.id),
    position: integer("position").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.partnerId] }), index("agreement_partners_partner_idx").on(t.partnerId)],
);

/** Cooperation conditions: places offered per academic year for one direction and mobility type. */
export const conditions = agreementsSchema.table(
  "conditions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agreementId: uuid("agreement_id")
      .notNull()
      .references(() => agreements.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
    direction: text("direction").notNull(),
    mobilityType: text("mobility_type").notNull(),
    places: integer("places").notNull(),
    totalMonths: doublePrecision("total_months"),
    iscedCodes: text("isced_codes").array().notNull().default(sql`'{}'::text[]`),
    eqfLevels: integer("eqf_levels").array().notNull().default(sql`'{}'::integer[]`),
    languages: jsonb("languages").$type<Array<{ language: string; cefr: string }>>().notNull().default([]),
    contacts: jsonb("contacts").$type<ConditionContactValue[]>().notNull().default([]),
  },
  (t) => [index("conditions_agreement_idx").on(t.agreementId, t.position)],
);

/** Uploaded PDFs, versioned per agreement and kind. */
export const documents = agreementsSchema.table(
  "documents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agreementId: uuid("agreement_id")
      .notNull()
      .references(() => agreements.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    documentVersion: integer("document_version").notNull(),
    filename: text("filename").notNull(),
    contentType: text("content_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: text("sha256").notNull(),
    content: bytea("content").notNull(),
    uploadedBy: text("uploaded_by").notNull(),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("documents_version_unique").on(t.agreementId, t.kind, t.documentVersion)],
);

/** Places taken (count > 0) or given back (count < 0) on a condition for one academic year. */
export const quotaUsage = agreementsSchema.table(
  "quota_usage",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    agreementId: uuid("agreement_id")
      .notNull()
      .references(() => agreements.id, { onDelete: "cascade" }),
    conditionId: uuid("condition_id")
      .notNull()
      .references(() => conditions.id, { onDelete: "cascade" }),
    academicYear: integer("academic_year").notNull(),
    count: integer("count").notNull(),
    reference: text("reference").notNull(),
    actor: text("actor").notNull(),
    overrideReason: text("override_reason"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("quota_usage_condition_year_idx").on(t.conditionId, t.academicYear)],
);

/** Last number handed out per reference prefix and year ("IIA-2026"). */
export const referenceCounters = agreementsSchema.table("reference_counters", {
  key: text("key").primaryKey(),
  last: integer("last").notNull(),
});

export const audit = createAuditTable(agreementsSchema);

export const schema = { partners, agreements, agreementPartners, conditions, documents, quotaUsage, referenceCounters, audit };
export type AgreementsSchema = typeof schema;
export type PartnerRow = typeof partners.$inferSelect;
export type AgreementRow = typeof agreements.$inferSelect;
export type ConditionRow = typeof conditions.$inferSelect;
export type DocumentRow = typeof documents.$inferSelect;

/**
 * Fully qualified ids for correlated subqueries: drizzle writes a single-table query's columns unqualified ("id"),
 * which inside a subquery would bind to the subquery's own tables.
 */
export const AGREEMENT_ID = sql.raw(`"agreements"."agreements"."id"`);
export const PARTNER_ID = sql.raw(`"agreements"."partners"."id"`);
