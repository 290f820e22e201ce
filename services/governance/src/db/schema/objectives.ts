import { date, doublePrecision, index, smallint, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { governanceSchema, versioned } from "./core";

/** An objective of the international policy, measured by one indicator over a span of years. */
export const objectives = governanceSchema.table(
  "objectives",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    axis: text("axis").notNull().default(""),
    indicatorKey: text("indicator_key").notNull(),
    direction: text("direction").notNull().default("increase"),
    startYear: smallint("start_year").notNull(),
    endYear: smallint("end_year").notNull(),
    owner: text("owner").notNull().default(""),
    status: text("status").notNull().default("active"),
    ...versioned(),
  },
  (t) => [index("objectives_status_idx").on(t.status, t.startYear), index("objectives_indicator_idx").on(t.indicatorKey)],
);

export const objectiveTargets = governanceSchema.table(
  "objective_targets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    objectiveId: uuid("objective_id")
      .notNull()
      .references(() => objectives.id, { onDelete: "cascade" }),
    year: smallint("year").notNull(),
    target: doublePrecision("target").notNull(),
    ...versioned(),
  },
  (t) => [uniqueIndex("objective_targets_year_uq").on(t.objectiveId, t.year)],
);

/** Figures entered by hand (with their source) where analytics computes none. */
export const objectiveValues = governanceSchema.table(
  "objective_values",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    objectiveId: uuid("objective_id")
      .notNull()
      .references(() => objectives.id, { onDelete: "cascade" }),
    year: smallint("year").notNull(),
    value: doublePrecision("value").notNull(),
    source: text("source").notNull(),
    measuredOn: date("measured_on", { mode: "string" }),
    ...versioned(),
  },
  (t) => [uniqueIndex("objective_values_year_uq").on(t.objectiveId, t.year)],
);

export const objectivesTables = { objectives, objectiveTargets, objectiveValues };
