import { customType, index, integer, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { incomingSchema, students } from "./core";

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

/** The application file: passport, transcript, learning agreement... checked by their first bytes. */
export const studentDocuments = incomingSchema.table(
  "student_documents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    studentId: uuid("student_id")
      .notNull()
      .references(() => students.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    filename: text("filename").notNull(),
    contentType: text("content_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: text("sha256").notNull(),
    content: bytea("content").notNull(),
    uploadedBy: text("uploaded_by").notNull(),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("student_documents_student_idx").on(t.studentId)],
);

/** The department's decision on the application (the last one counts; the audit keeps the history). */
export const admissionDecisions = incomingSchema.table(
  "admission_decisions",
  {
    studentId: uuid("student_id")
      .primaryKey()
      .references(() => students.id, { onDelete: "cascade" }),
    decision: text("decision").notNull(),
    reason: text("reason"),
    decidedBy: text("decided_by").notNull(),
    decidedAt: timestamp("decided_at", { withTimezone: true }).notNull().defaultNow(),
  },
);
