import { date, index, smallint, text, uuid } from "drizzle-orm/pg-core";
import { governanceSchema, versioned } from "./core";

/** A meeting of the international relations commission. */
export const meetings = governanceSchema.table(
  "meetings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    title: text("title").notNull(),
    heldOn: date("held_on", { mode: "string" }).notNull(),
    location: text("location").notNull().default(""),
    status: text("status").notNull().default("planned"),
    minutes: text("minutes").notNull().default(""),
    ...versioned(),
  },
  (t) => [index("meetings_held_idx").on(t.heldOn)],
);

export const agendaItems = governanceSchema.table(
  "agenda_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    position: smallint("position").notNull(),
    title: text("title").notNull(),
    presenter: text("presenter").notNull().default(""),
    notes: text("notes").notNull().default(""),
    ...versioned(),
  },
  (t) => [index("agenda_items_meeting_idx").on(t.meetingId, t.position)],
);

export const decisions = governanceSchema.table(
  "decisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    agendaItemId: uuid("agenda_item_id").references(() => agendaItems.id, { onDelete: "set null" }),
    reference: text("reference").notNull(),
    text: text("text").notNull(),
    outcome: text("outcome").notNull().default("approved"),
    ...versioned(),
  },
  (t) => [index("decisions_meeting_idx").on(t.meetingId)],
);

/** What a decision asks someone to do, by when. */
export const followUpActions = governanceSchema.table(
  "follow_up_actions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    decisionId: uuid("decision_id").references(() => decisions.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    owner: text("owner").notNull(),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    status: text("status").notNull().default("open"),
    notes: text("notes").notNull().default(""),
    ...versioned(),
  },
  (t) => [index("follow_up_actions_due_idx").on(t.status, t.dueOn), index("follow_up_actions_meeting_idx").on(t.meetingId)],
);

export const commissionTables = { meetings, agendaItems, decisions, followUpActions };
