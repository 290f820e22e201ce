import { date, doublePrecision, integer, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { EqualityDimension, IndicatorKey } from "@orbis/contracts/governance";
import { governanceSchema, versioned } from "./core";

/** Equal access to mobility: yearly targets on an analytics indicator, per dimension. */
export const equalityTargets = governanceSchema.table(
  "equality_targets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    dimension: text("dimension").$type<EqualityDimension>().notNull(),
    indicatorKey: text("indicator_key").$type<IndicatorKey>().notNull(),
    year: integer("year").notNull(),
    targetValue: doublePrecision("target_value").notNull(),
    notes: text("notes").notNull().default(""),
    ...versioned(),
  },
  (t) => [uniqueIndex("equality_targets_key_year_idx").on(t.indicatorKey, t.year)],
);

/** What the DRI does to reach them. */
export const equalityActions = governanceSchema.table("equality_actions", {
  id: uuid("id").primaryKey().defaultRandom(),
  dimension: text("dimension").$type<EqualityDimension>().notNull(),
  title: text("title").notNull(),
  owner: text("owner").notNull(),
  dueDate: date("due_date").notNull(),
  status: text("status").$type<"planned" | "in_progress" | "done">().notNull(),
  notes: text("notes").notNull().default(""),
  ...versioned(),
});
