import { sql, type SQL } from "drizzle-orm";
import { boolean, date, index, integer, pgSchema, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createAuditTable } from "@orbis/service-kit";

export const outgoingSchema = pgSchema("outgoing");

/** Student fields copied onto an application or a mobility (what the mobility and its reporting need, no more). */
export const studentColumns = () => ({
  studentNumber: text("student_number").notNull(),
  firstName: text("first_name").notNull(),
  lastName: text("last_name").notNull(),
  email: text("email").notNull(),
  department: text("department").notNull(),
  level: text("level").notNull(),
  sex: text("sex").notNull(),
  nationality: text("nationality").notNull(),
  scholarshipHolder: boolean("scholarship_holder").notNull().default(false),
  disability: boolean("disability").notNull().default(false),
  fewerOpportunities: boolean("fewer_opportunities").notNull().default(false),
});

export const timestamps = () => ({
  version: integer("version").notNull().default(1),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** One student's stay abroad, from nomination to return. */
export const mobilities = outgoingSchema.table(
  "mobilities",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    applicationId: uuid("application_id"),
    ...studentColumns(),
    programme: text("programme").notNull(),
    mobilityType: text("mobility_type").notNull(),
    academicYear: smallint("academic_year").notNull(),
    agreementId: uuid("agreement_id"),
    conditionId: uuid("condition_id"),
    partnerId: uuid("partner_id"),
    hostName: text("host_name").notNull(),
    hostCountry: text("host_country").notNull(),
    hostCity: text("host_city").notNull().default(""),
    eqfLevel: smallint("eqf_level").notNull(),
    iscedCode: text("isced_code").notNull(),
    plannedStart: date("planned_start", { mode: "string" }).notNull(),
    plannedEnd: date("planned_end", { mode: "string" }).notNull(),
    actualStart: date("actual_start", { mode: "string" }),
    actualEnd: date("actual_end", { mode: "string" }),
    status: text("status").notNull().default("planned"),
    statusReason: text("status_reason"),
    /** What the list's search box matches (names, student number, host), indexed by trigrams. */
    searchText: text("search_text").generatedAlwaysAs(
      (): SQL => sql`lower(${mobilities.lastName} || ' ' || ${mobilities.firstName} || ' ' || ${mobilities.studentNumber} || ' ' || ${mobilities.hostName})`,
    ),
    ...timestamps(),
  },
  (t) => [
    index("mobilities_year_idx").on(t.academicYear, t.department),
    index("mobilities_student_idx").on(t.studentNumber),
    index("mobilities_department_idx").on(t.department, t.status),
    index("mobilities_partner_idx").on(t.partnerId),
    index("mobilities_status_idx").on(t.status, t.programme),
    index("mobilities_country_idx").on(t.hostCountry),
    index("mobilities_updated_idx").on(t.updatedAt),
    index("mobilities_search_idx").using("gin", t.searchText.op("gin_trgm_ops")),
  ],
);

export const audit = createAuditTable(outgoingSchema);
