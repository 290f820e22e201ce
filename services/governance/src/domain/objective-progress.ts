import type { Objective, ObjectiveYearProgress } from "@orbis/contracts/governance";
import type { AnalyticsClient } from "../clients/analytics";

interface YearTarget {
  year: number;
  target: number;
}
interface YearValue {
  year: number;
  value: number;
  source: string;
}

/** Progress towards a target in percent: value/target when the figure should grow, target/value when it should fall. */
export function progressPercent(direction: Objective["direction"], value: number, target: number): number {
  if (direction === "decrease") {
    if (value === 0) return 999;
    return Math.min(999, Math.round((target / value) * 1000) / 10);
  }
  if (target === 0) return value > 0 ? 999 : 100;
  return Math.min(999, Math.round((value / target) * 1000) / 10);
}

/**
 * Each year of the objective's span: the figure entered by hand wins (it has a source); otherwise analytics is asked
 * (only for years up to the current one); otherwise there is no figure yet.
 */
export async function objectiveProgress(
  objective: Objective,
  targets: YearTarget[],
  values: YearValue[],
  analytics: AnalyticsClient,
  currentYear: number,
): Promise<ObjectiveYearProgress[]> {
  const targetOf = new Map(targets.map((t) => [t.year, t.target]));
  const valueOf = new Map(values.map((v) => [v.year, v]));
  const years: number[] = [];
  for (let y = objective.startYear; y <= objective.endYear; y++) years.push(y);
  return Promise.all(
    years.map(async (year): Promise<ObjectiveYearProgress> => {
      const target = targetOf.get(year) ?? null;
      const manual = valueOf.get(year);
      let value: number | null = null;
      let origin: ObjectiveYearProgress["origin"] = "none";
      let source: string | null = null;
      let reading: ObjectiveYearProgress["reading"] = null;
      if (manual) {
        value = manual.value;
        origin = "manual";
        source = manual.source;
      } else if (year <= currentYear) {
        reading = await analytics.indicatorValue(objective.indicatorKey, year);
        if (reading.status === "computed") {
          value = reading.value;
          origin = "analytics";
        }
      }
      const progress = value !== null && target !== null ? progressPercent(objective.direction, value, target) : null;
      return { year, target, value, origin, source, reading, progressPercent: progress, met: progress === null ? null : progress >= 100 };
    }),
  );
}
