import { jsonb, text, timestamp, integer, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { RankingFigure, RankingScheme, RankingStatus } from "@orbis/contracts/governance";
import { governanceSchema, versioned } from "./core";

/** One ranking data collection (QS or THE, reference year) and the figures the university submits to it. */
export const rankingExercises = governanceSchema.table(
  "ranking_exercises",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    scheme: text("scheme").$type<RankingScheme>().notNull(),
    referenceYear: integer("reference_year").notNull(),
    status: text("status").$type<RankingStatus>().notNull().default("draft"),
    notes: text("notes").notNull().default(""),
    figures: jsonb("figures").$type<RankingFigure[]>().notNull(),
    reviewedBy: text("reviewed_by"),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    lockedBy: text("locked_by"),
    lockedAt: timestamp("locked_at", { withTimezone: true }),
    ...versioned(),
  },
  (t) => [uniqueIndex("ranking_exercises_scheme_year_idx").on(t.scheme, t.referenceYear)],
);
