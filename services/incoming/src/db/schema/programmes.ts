import { date, index, integer, smallint, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { incomingSchema, students, timestamps } from "./core";

export const programmes = incomingSchema.table("programmes", {
  id: uuid("id").primaryKey().defaultRandom(),
  code: text("code").notNull().unique(),
  name: text("name").notNull(),
  kind: text("kind").notNull(),
  ...timestamps(),
});

/** One academic year's run of a programme. */
export const cohorts = incomingSchema.table(
  "cohorts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    programmeId: uuid("programme_id").notNull().references(() => programmes.id),
    academicYear: smallint("academic_year").notNull(),
    startDate: date("start_date", { mode: "string" }).notNull(),
    endDate: date("end_date", { mode: "string" }).notNull(),
    capacity: integer("capacity").notNull(),
    feeCents: integer("fee_cents").notNull(),
    ...timestamps(),
  },
  (t) => [index("cohorts_programme_idx").on(t.programmeId, t.academicYear)],
);

/** An incoming student in a cohort, with the fee owed, paid and waived. */
export const participants = incomingSchema.table(
  "participants",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    cohortId: uuid("cohort_id").notNull().references(() => cohorts.id),
    studentId: uuid("student_id").notNull().references(() => students.id),
    feeDueCents: integer("fee_due_cents").notNull(),
    feePaidCents: integer("fee_paid_cents").notNull().default(0),
    feeWaivedCents: integer("fee_waived_cents").notNull().default(0),
    ...timestamps(),
  },
  (t) => [uniqueIndex("participants_unique").on(t.cohortId, t.studentId)],
);

export const cohortCourses = incomingSchema.table(
  "cohort_courses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    cohortId: uuid("cohort_id").notNull().references(() => cohorts.id),
    title: text("title").notNull(),
    hours: integer("hours").notNull(),
    ...timestamps(),
  },
  (t) => [index("cohort_courses_cohort_idx").on(t.cohortId)],
);

/** One class of a cohort's course; its version guards the attendance marks taken at it. */
export const classSessions = incomingSchema.table(
  "class_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    courseId: uuid("course_id").notNull().references(() => cohortCourses.id),
    date: date("date", { mode: "string" }).notNull(),
    ...timestamps(),
  },
  (t) => [index("class_sessions_course_idx").on(t.courseId, t.date)],
);

export const attendance = incomingSchema.table(
  "attendance",
  {
    sessionId: uuid("session_id").notNull().references(() => classSessions.id),
    participantId: uuid("participant_id").notNull().references(() => participants.id),
    mark: text("mark").notNull(),
  },
  (t) => [uniqueIndex("attendance_unique").on(t.sessionId, t.participantId), index("attendance_participant_idx").on(t.participantId)],
);
