import { sql, type SQL } from "drizzle-orm";
import { date, index, integer, pgSchema, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createAuditTable } from "@orbis/service-kit";

export const incomingSchema = pgSchema("incoming");

export const timestamps = () => ({
  version: integer("version").notNull().default(1),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** One incoming student's stay, from nomination (or a free mover's application) to departure. */
export const students = incomingSchema.table(
  "students",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: text("kind").notNull(),
    status: text("status").notNull().default("nominated"),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull(),
    email: text("email").notNull(),
    sex: text("sex").notNull(),
    birthDate: date("birth_date", { mode: "string" }).notNull(),
    nationality: text("nationality").notNull(),
    partnerId: uuid("partner_id"),
    homeInstitutionName: text("home_institution_name").notNull(),
    homeCountry: text("home_country").notNull(),
    agreementId: uuid("agreement_id"),
    conditionId: uuid("condition_id"),
    programme: text("programme").notNull(),
    academicYear: smallint("academic_year").notNull(),
    period: text("period").notNull(),
    department: text("department").notNull(),
    level: text("level").notNull(),
    eqfLevel: smallint("eqf_level").notNull(),
    iscedCode: text("isced_code").notNull(),
    plannedArrival: date("planned_arrival", { mode: "string" }).notNull(),
    plannedDeparture: date("planned_departure", { mode: "string" }).notNull(),
    actualArrival: date("actual_arrival", { mode: "string" }),
    actualDeparture: date("actual_departure", { mode: "string" }),
    studentNumber: text("student_number"),
    /** What the list's search box matches (names, email, student number, home institution), indexed by trigrams. */
    searchText: text("search_text").generatedAlwaysAs(
      (): SQL =>
        sql`lower(${students.lastName} || ' ' || ${students.firstName} || ' ' || ${students.email} || ' ' || coalesce(${students.studentNumber}, '') || ' ' || ${students.homeInstitutionName})`,
    ),
    ...timestamps(),
  },
  (t) => [
    index("students_year_idx").on(t.academicYear, t.department),
    index("students_department_idx").on(t.department, t.status),
    index("students_status_idx").on(t.status, t.kind),
    index("students_partner_idx").on(t.partnerId),
    index("students_agreement_idx").on(t.agreementId),
    index("students_country_idx").on(t.homeCountry),
    index("students_number_idx").on(t.studentNumber),
    index("students_updated_idx").on(t.updatedAt),
    index("students_search_idx").using("gin", t.searchText.op("gin_trgm_ops")),
  ],
);

export const audit = createAuditTable(incomingSchema);
