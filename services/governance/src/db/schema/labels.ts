import { date, index, smallint, text, uuid } from "drizzle-orm/pg-core";
import { governanceSchema, versioned } from "./core";

/** A quality label the university holds or prepares (e.g. "Bienvenue en France"). */
export const qualityLabels = governanceSchema.table(
  "quality_labels",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    issuer: text("issuer").notNull(),
    scope: text("scope").notNull().default(""),
    status: text("status").notNull().default("preparing"),
    grantedOn: date("granted_on", { mode: "string" }),
    expiresOn: date("expires_on", { mode: "string" }),
    renewalNoticeDays: smallint("renewal_notice_days").notNull().default(180),
    notes: text("notes").notNull().default(""),
    ...versioned(),
  },
  (t) => [index("quality_labels_expiry_idx").on(t.status, t.expiresOn)],
);

export const labelCriteria = governanceSchema.table(
  "label_criteria",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    labelId: uuid("label_id")
      .notNull()
      .references(() => qualityLabels.id, { onDelete: "cascade" }),
    code: text("code").notNull(),
    text: text("text").notNull(),
    status: text("status").notNull().default("not-assessed"),
    evidence: text("evidence").notNull().default(""),
    ...versioned(),
  },
  (t) => [index("label_criteria_label_idx").on(t.labelId, t.code)],
);

export const labelAudits = governanceSchema.table(
  "label_audits",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    labelId: uuid("label_id")
      .notNull()
      .references(() => qualityLabels.id, { onDelete: "cascade" }),
    auditOn: date("audit_on", { mode: "string" }).notNull(),
    kind: text("kind").notNull(),
    auditor: text("auditor").notNull().default(""),
    outcome: text("outcome").notNull().default("scheduled"),
    report: text("report").notNull().default(""),
    ...versioned(),
  },
  (t) => [index("label_audits_label_idx").on(t.labelId, t.auditOn)],
);

export const labelTables = { qualityLabels, labelCriteria, labelAudits };
