import { bigint, boolean, date, index, jsonb, smallint, text, uuid } from "drizzle-orm/pg-core";
import type { CooperationPartner } from "@orbis/contracts/erasmus";
import { erasmusSchema, versioned } from "./core";

/** A KA2 cooperation project the university leads or joins, from idea to closure. */
export const cooperationProjects = erasmusSchema.table(
  "cooperation_projects",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    action: text("action").notNull(),
    callYear: smallint("call_year").notNull(),
    title: text("title").notNull(),
    acronym: text("acronym").notNull(),
    leadInstitution: text("lead_institution").notNull(),
    weLead: boolean("we_lead").notNull().default(false),
    projectLeader: text("project_leader").notNull(),
    department: text("department"),
    partners: jsonb("partners").$type<CooperationPartner[]>().notNull().default([]),
    requestedCents: bigint("requested_cents", { mode: "number" }).notNull(),
    shareCents: bigint("share_cents", { mode: "number" }).notNull().default(0),
    grantedCents: bigint("granted_cents", { mode: "number" }),
    submissionDeadline: date("submission_deadline", { mode: "string" }).notNull(),
    startDate: date("start_date", { mode: "string" }),
    endDate: date("end_date", { mode: "string" }),
    summary: text("summary").notNull().default(""),
    stage: text("stage").notNull().default("idea"),
    stageChangedOn: date("stage_changed_on", { mode: "string" }).notNull(),
    ...versioned(),
  },
  (t) => [index("cooperation_projects_stage_idx").on(t.stage, t.callYear), index("cooperation_projects_updated_idx").on(t.updatedAt)],
);

export const cooperationDeadlines = erasmusSchema.table(
  "cooperation_deadlines",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => cooperationProjects.id),
    label: text("label").notNull(),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    done: boolean("done").notNull().default(false),
    ...versioned(),
  },
  (t) => [index("cooperation_deadlines_due_idx").on(t.done, t.dueOn), index("cooperation_deadlines_project_idx").on(t.projectId)],
);

/** A monitoring committee meeting and its minutes. */
export const cooperationMeetings = erasmusSchema.table(
  "cooperation_meetings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => cooperationProjects.id),
    heldOn: date("held_on", { mode: "string" }).notNull(),
    place: text("place").notNull(),
    attendees: text("attendees").array().notNull().default([]),
    minutes: text("minutes").notNull().default(""),
    ...versioned(),
  },
  (t) => [index("cooperation_meetings_project_idx").on(t.projectId, t.heldOn)],
);
