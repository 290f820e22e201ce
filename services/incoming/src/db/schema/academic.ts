import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, jsonb, numeric, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { incomingSchema, students, timestamps } from "./core";

/** The course catalogue: what departments offer to incoming students. */
export const courses = incomingSchema.table(
  "courses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    code: text("code").notNull(),
    titleFr: text("title_fr").notNull(),
    titleEn: text("title_en").notNull(),
    titleEs: text("title_es"),
    department: text("department").notNull(),
    semester: text("semester").notNull(),
    credits: numeric("credits", { precision: 4, scale: 1, mode: "number" }).notNull(),
    iscedCode: text("isced_code").notNull(),
    level: text("level").notNull(),
    ...timestamps(),
  },
  (t) => [uniqueIndex("courses_code_uq").on(t.code), index("courses_department_idx").on(t.department, t.semester), check("courses_credits_positive", sql`${t.credits} > 0`)],
);

/** A course in a student's learning agreement at the host, with its decision and, later, its grade. */
export const studentCourses = incomingSchema.table(
  "student_courses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    studentId: uuid("student_id")
      .notNull()
      .references(() => students.id, { onDelete: "cascade" }),
    courseId: uuid("course_id")
      .notNull()
      .references(() => courses.id),
    status: text("status").notNull().default("proposed"),
    decisionComment: text("decision_comment"),
    decidedBy: text("decided_by"),
    removedOn: date("removed_on", { mode: "string" }),
    removalReason: text("removal_reason"),
    grade: numeric("grade", { precision: 4, scale: 2, mode: "number" }),
    result: text("result"),
    ectsObtained: numeric("ects_obtained", { precision: 4, scale: 1, mode: "number" }),
    ectsGrade: text("ects_grade"),
    gradedBy: text("graded_by"),
    ...timestamps(),
  },
  (t) => [
    // A course appears once among the current (not removed) courses; removed lines stay as history.
    uniqueIndex("student_courses_current_uq").on(t.studentId, t.courseId).where(sql`${t.removedOn} is null`),
    index("student_courses_course_idx").on(t.courseId),
    check("student_courses_grade_range", sql`${t.grade} is null or (${t.grade} >= 0 and ${t.grade} <= 20)`),
  ],
);

/** Every addition and removal of a course, dated, with its reason (changes during the stay included). */
export const studentCourseChanges = incomingSchema.table(
  "student_course_changes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    studentCourseId: uuid("student_course_id")
      .notNull()
      .references(() => studentCourses.id, { onDelete: "cascade" }),
    studentId: uuid("student_id").notNull(),
    courseCode: text("course_code").notNull(),
    change: text("change").notNull(),
    on: date("on", { mode: "string" }).notNull(),
    duringStay: boolean("during_stay").notNull(),
    reason: text("reason"),
    actor: text("actor").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("student_course_changes_student_idx").on(t.studentId, t.at)],
);

/** Issued Transcripts of Records: immutable snapshots, numbered per student; a reissue adds the next number. */
export const transcripts = incomingSchema.table(
  "transcripts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    studentId: uuid("student_id")
      .notNull()
      .references(() => students.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    reason: text("reason"),
    issuedAt: timestamp("issued_at", { withTimezone: true }).notNull(),
    issuedBy: text("issued_by").notNull(),
    lines: jsonb("lines").notNull(),
  },
  (t) => [uniqueIndex("transcripts_student_version_uq").on(t.studentId, t.version)],
);
