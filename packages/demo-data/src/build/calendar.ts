import { dayNumber } from "../core/dates";
import type { Random } from "../core/random";
import type { CalendarCode } from "../data/countries";

/** [month, day, year offset from the academic year's first year]. */
type MonthDay = readonly [number, number, number];

const CALENDARS: Record<CalendarCode, { autumn: readonly [MonthDay, MonthDay]; spring: readonly [MonthDay, MonthDay] }> = {
  eu: { autumn: [[9, 1, 0], [1, 31, 1]], spring: [[2, 1, 1], [6, 30, 1]] },
  fr: { autumn: [[9, 1, 0], [1, 20, 1]], spring: [[1, 22, 1], [6, 20, 1]] },
  jp: { autumn: [[9, 20, 0], [2, 10, 1]], spring: [[4, 1, 1], [8, 5, 1]] },
  kr: { autumn: [[8, 26, 0], [12, 20, 0]], spring: [[2, 26, 1], [6, 21, 1]] },
  cn: { autumn: [[9, 1, 0], [1, 15, 1]], spring: [[2, 22, 1], [7, 5, 1]] },
  us: { autumn: [[8, 20, 0], [12, 18, 0]], spring: [[1, 10, 1], [5, 15, 1]] },
  in: { autumn: [[8, 5, 0], [12, 5, 0]], spring: [[1, 8, 1], [5, 20, 1]] },
  south: { autumn: [[8, 5, 0], [12, 5, 0]], spring: [[2, 25, 1], [7, 5, 1]] },
};

const day = (startYear: number, [month, d, offset]: MonthDay): number => dayNumber(startYear + offset, month, d);

export type SemesterPeriod = "autumn" | "spring" | "full-year";

/**
 * Start and planned end (day numbers) of a semester or year of study, with a few days of variation. Every start
 * falls between 1 August of the academic year's first year and the end of the academic year.
 */
export function studyDates(rng: Random, calendar: CalendarCode, startYear: number, period: SemesterPeriod): { start: number; end: number } {
  const { autumn, spring } = CALENDARS[calendar];
  const [from, to] = period === "autumn" ? autumn : period === "spring" ? spring : [autumn[0], spring[1]];
  return { start: day(startYear, from) + rng.int(-3, 10), end: day(startYear, to) + rng.int(-10, 5) };
}

/** A day between 1 October and `lastMonth`/`lastDay` of the academic year. */
export function dayInTeachingYear(rng: Random, startYear: number, lastMonth = 6, lastDay = 15): number {
  const first = dayNumber(startYear, 10, 1);
  return first + rng.int(0, dayNumber(startYear + 1, lastMonth, lastDay) - first);
}
