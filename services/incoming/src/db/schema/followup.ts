import { index, text, uuid } from "drizzle-orm/pg-core";
import { incomingSchema, students, timestamps } from "./core";

/** Private notes on a student's difficulties: the incoming team and the host department's coordinator only. */
export const difficultyNotes = incomingSchema.table(
  "difficulty_notes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    studentId: uuid("student_id")
      .notNull()
      .references(() => students.id, { onDelete: "cascade" }),
    text: text("text").notNull(),
    createdBy: text("created_by").notNull(),
    ...timestamps(),
  },
  (t) => [index("difficulty_notes_student_idx").on(t.studentId)],
);
