import type { ComponentRecognized, ComponentStudied, ContactPerson, Signature, VirtualComponent } from "@orbis/contracts/outgoing";
import { index, integer, jsonb, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { mobilities, outgoingSchema, timestamps } from "./core";

/** Learning agreement revisions of a mobility: the first version, then one per change; the highest is current. */
export const laRevisions = outgoingSchema.table(
  "learning_agreement_revisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    mobilityId: uuid("mobility_id")
      .notNull()
      .references(() => mobilities.id, { onDelete: "cascade" }),
    revision: integer("revision").notNull(),
    kind: text("kind").notNull(),
    status: text("status").notNull().default("draft"),
    tableA: jsonb("table_a").$type<ComponentStudied[]>().notNull(),
    tableB: jsonb("table_b").$type<ComponentRecognized[]>().notNull(),
    virtualComponents: jsonb("virtual_components").$type<VirtualComponent[]>().notNull(),
    language: text("language").notNull(),
    cefr: text("cefr").notNull(),
    sendingContact: jsonb("sending_contact").$type<ContactPerson>(),
    receivingContact: jsonb("receiving_contact").$type<ContactPerson>(),
    studentSignature: jsonb("student_signature").$type<Signature>(),
    sendingSignature: jsonb("sending_signature").$type<Signature>(),
    receivingSignature: jsonb("receiving_signature").$type<Signature>(),
    reviewComment: text("review_comment"),
    reviewedBy: text("reviewed_by"),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [uniqueIndex("la_revisions_mobility_revision_uq").on(t.mobilityId, t.revision), index("la_revisions_status_idx").on(t.status)],
);
export type LaRevisionRow = typeof laRevisions.$inferSelect;
