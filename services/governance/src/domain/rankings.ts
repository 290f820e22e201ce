import { RANKING_FIGURE_KEYS, RANKING_FIGURES, type RankingExercise, type RankingFigure, type RankingFigureKey } from "@orbis/contracts/governance";
import { HttpProblem } from "@orbis/service-kit";
import type { AnalyticsClient } from "../clients/analytics";
import type { rankingExercises } from "../db/schema/index";

export type RankingRow = typeof rankingExercises.$inferSelect;

export function toRankingExercise(row: RankingRow): RankingExercise {
  return {
    id: row.id,
    scheme: row.scheme,
    referenceYear: row.referenceYear,
    status: row.status,
    notes: row.notes,
    figures: row.figures,
    reviewedBy: row.reviewedBy,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    lockedBy: row.lockedBy,
    lockedAt: row.lockedAt?.toISOString() ?? null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const canCompute = (key: RankingFigureKey) => RANKING_FIGURES[key].indicator !== null;

/** A computed figure reads analytics now; when analytics has no figure yet the value stays empty. */
export async function computedFigure(analytics: AnalyticsClient, key: RankingFigureKey, year: number): Promise<RankingFigure> {
  const indicator = RANKING_FIGURES[key].indicator;
  if (!indicator) return { key, mode: "entered", value: null, source: null, computedAt: null };
  const reading = await analytics.indicatorValue(indicator, year);
  return reading.status === "computed"
    ? { key, mode: "computed", value: reading.value, source: "Orbis analytics", computedAt: reading.computedAt }
    : { key, mode: "computed", value: null, source: null, computedAt: null };
}

/** Every figure of a new exercise: computed where analytics can, otherwise waiting to be entered. */
export const initialFigures = (analytics: AnalyticsClient, year: number) => Promise.all(RANKING_FIGURE_KEYS.map((key) => computedFigure(analytics, key, year)));

/** Locked exercises are read-only: what was submitted stays as submitted. */
export function assertEditable(row: RankingRow): void {
  if (row.status === "locked") throw new HttpProblem("conflict", `The ${row.scheme} ${row.referenceYear} exercise is locked: its figures are read-only.`);
}

export const missingFigures = (figures: RankingFigure[]) => figures.filter((f) => f.value === null).map((f) => f.key);
