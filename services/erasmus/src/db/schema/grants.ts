import { bigint, boolean, index, integer, jsonb, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { erasmusSchema, versioned } from "./core";
import { projects } from "./projects";

/**
 * One participant's grant: the mobility it is for (a student mobility of the outgoing service, or a staff mobility of
 * this service), a snapshot of what the engine read from it, the team's settings, and the engine's last result.
 */
export const grants = erasmusSchema.table(
  "grants",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    source: text("source").notNull(),
    mobilityId: uuid("mobility_id").notNull(),
    projectId: uuid("project_id").references(() => projects.id),
    participantName: text("participant_name").notNull(),
    participantRef: text("participant_ref").notNull(),
    department: text("department"),
    academicYear: smallint("academic_year").notNull(),
    countryCode: text("country_code").notNull(),
    hostName: text("host_name").notNull(),
    mobilityStatus: text("mobility_status").notNull(),
    /** The mobility as last read (the outgoing contract's ErasmusMobility for students): what sync diffs against. */
    snapshot: jsonb("snapshot").notNull(),
    input: jsonb("input").notNull(),
    result: jsonb("result"),
    problem: text("problem"),
    totalCents: bigint("total_cents", { mode: "number" }).notNull().default(0),
    paidCents: bigint("paid_cents", { mode: "number" }).notNull().default(0),
    reportSubmitted: boolean("report_submitted").notNull().default(false),
    ...versioned(),
  },
  (t) => [
    uniqueIndex("grants_mobility_idx").on(t.source, t.mobilityId),
    index("grants_project_idx").on(t.projectId, t.participantName),
    index("grants_year_idx").on(t.academicYear),
    index("grants_name_idx").on(t.participantName, t.id),
  ],
);

/** Every calculation of a grant, never rewritten: what changed, with which input and result. */
export const grantHistory = erasmusSchema.table(
  "grant_history",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    grantId: uuid("grant_id")
      .notNull()
      .references(() => grants.id),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    by: text("by").notNull(),
    reason: text("reason").notNull(),
    input: jsonb("input").notNull(),
    result: jsonb("result"),
    totalCents: bigint("total_cents", { mode: "number" }).notNull(),
  },
  (t) => [index("grant_history_grant_idx").on(t.grantId, t.at)],
);

/** One synchronisation of the student mobilities from the outgoing service, with what it changed. */
export const syncRuns = erasmusSchema.table("sync_runs", {
  id: uuid("id").primaryKey().defaultRandom(),
  at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  by: text("by").notNull(),
  academicYear: smallint("academic_year"),
  fetched: integer("fetched").notNull(),
  created: integer("created").notNull(),
  updated: integer("updated").notNull(),
  unchanged: integer("unchanged").notNull(),
  /** [{ mobilityId, participant, changes: [{ field, before, after }], totalBefore, totalAfter }] (capped). */
  changes: jsonb("changes").notNull(),
});
