import { date, index, integer, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { incomingSchema, students, timestamps } from "./core";

/** A French placement test sitting: when, where and how many seats. */
export const frenchTestSessions = incomingSchema.table(
  "french_test_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    date: date("date", { mode: "string" }).notNull(),
    startTime: text("start_time").notNull(),
    room: text("room").notNull(),
    capacity: integer("capacity").notNull(),
    ...timestamps(),
  },
  (t) => [index("french_test_sessions_date_idx").on(t.date)],
);

/** A student's seat at a sitting and, once marked, the CEFR level and the course group it leads to. */
export const frenchTestRegistrations = incomingSchema.table(
  "french_test_registrations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sessionId: uuid("session_id").notNull().references(() => frenchTestSessions.id),
    studentId: uuid("student_id").notNull().references(() => students.id),
    level: text("level"),
    groupCode: text("group_code"),
    ...timestamps(),
  },
  (t) => [uniqueIndex("french_test_registrations_unique").on(t.sessionId, t.studentId), index("french_test_registrations_student_idx").on(t.studentId)],
);
