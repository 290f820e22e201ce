import { customType, date, index, integer, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { mobilities, outgoingSchema, timestamps } from "./core";

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

/** The follow-up checklist: one row per step of each mobility, created with the mobility. */
export const followUpSteps = outgoingSchema.table(
  "follow_up_steps",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    mobilityId: uuid("mobility_id")
      .notNull()
      .references(() => mobilities.id, { onDelete: "cascade" }),
    step: text("step").notNull(),
    position: integer("position").notNull(),
    status: text("status").notNull().default("todo"),
    dueDate: date("due_date", { mode: "string" }),
    doneOn: date("done_on", { mode: "string" }),
    note: text("note").notNull().default(""),
    ...timestamps(),
  },
  (t) => [uniqueIndex("follow_up_steps_mobility_step_uq").on(t.mobilityId, t.step), index("follow_up_steps_late_idx").on(t.status, t.dueDate)],
);
export type FollowUpStepRow = typeof followUpSteps.$inferSelect;

/** The proof attached to a step (certificate, insurance...), one current file per step. */
export const stepDocuments = outgoingSchema.table("follow_up_step_documents", {
  stepId: uuid("step_id")
    .primaryKey()
    .references(() => followUpSteps.id, { onDelete: "cascade" }),
  filename: text("filename").notNull(),
  contentType: text("content_type").notNull(),
  sizeBytes: integer("size_bytes").notNull(),
  sha256: text("sha256").notNull(),
  content: bytea("content").notNull(),
  uploadedBy: text("uploaded_by").notNull(),
  uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull().defaultNow(),
});
export type StepDocumentRow = typeof stepDocuments.$inferSelect;

