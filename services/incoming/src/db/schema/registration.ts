import { date, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { incomingSchema, students } from "./core";
import { studentDocuments } from "./admission";

/** One step of an admitted student's enrolment checklist; a missing row is a step still to do. */
export const registrationSteps = incomingSchema.table(
  "registration_steps",
  {
    studentId: uuid("student_id")
      .notNull()
      .references(() => students.id, { onDelete: "cascade" }),
    step: text("step").notNull(),
    status: text("status").notNull(),
    date: date("date", { mode: "string" }),
    note: text("note"),
    documentId: uuid("document_id").references(() => studentDocuments.id, { onDelete: "set null" }),
  },
  (t) => [primaryKey({ columns: [t.studentId, t.step] })],
);

/** Student numbers given at enrolment: the primary key keeps each number to one student, even under concurrent writes. */
export const studentNumbers = incomingSchema.table("student_numbers", {
  studentNumber: text("student_number").primaryKey(),
  studentId: uuid("student_id")
    .notNull()
    .unique()
    .references(() => students.id, { onDelete: "cascade" }),
});
