import { parseFrenchRange, type GradeShare } from "@orbis/contracts/outgoing";

/**
 * Grade conversion by the ECTS Users' Guide (2015) method: both institutions publish the distribution of their
 * passing grades (best first, percentages summing to 100). Each grade then covers a cumulative percentage interval:
 * the best grade [0, p1], the next [p1, p1 + p2], and so on.
 *
 * The exact rule used here:
 * 1. The host grade's interval [L, H] is taken from the host table, and its midpoint m = (L + H) / 2.
 * 2. The home band is the home table row whose cumulative interval [cL, cH) contains m (the last non-empty row for
 *    m = 100). Its label is a French /20 range, e.g. "14-16": that is the converted range.
 * 3. The converted grade is placed within that range in proportion to where m lies in [cL, cH]: at cL it is the top
 *    of the range, at cH the bottom (grade = max - (m - cL) / (cH - cL) x (max - min)), rounded to 0.01.
 * Both tables are rescaled to sum exactly 100 (they may be off by rounding). The result is monotonic: a better host
 * grade never converts to a worse French grade, and it always lies within the home ranges (so within 0-20).
 */
export interface Conversion {
  grade: number;
  range: string;
}

interface Interval {
  label: string;
  low: number;
  high: number;
}

/** Same grade whatever its writing: "1,3" = "1.3" = "1.30", "b+" = "B+". */
export function normaliseGrade(label: string): string {
  const value = label.trim().replace(",", ".");
  return /^\d+(\.\d+)?$/.test(value) ? String(Number(value)) : value.toUpperCase();
}

export function cumulativeIntervals(rows: readonly GradeShare[]): Interval[] {
  const sum = rows.reduce((total, row) => total + row.percentage, 0);
  let low = 0;
  return rows.map((row, i) => {
    const high = i === rows.length - 1 ? 100 : low + (sum > 0 ? (row.percentage * 100) / sum : 100 / rows.length);
    const interval = { label: row.grade, low, high };
    low = high;
    return interval;
  });
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The French grade of a host grade, or null when the grade is not in the host table. */
export function convertGrade(hostRows: readonly GradeShare[], homeRows: readonly GradeShare[], hostGrade: string): Conversion | null {
  const wanted = normaliseGrade(hostGrade);
  const host = cumulativeIntervals(hostRows).find((interval) => normaliseGrade(interval.label) === wanted);
  if (!host) return null;
  const midpoint = (host.low + host.high) / 2;
  const bands = cumulativeIntervals(homeRows).filter((band) => band.high > band.low);
  const band = bands.find((b) => midpoint < b.high) ?? bands[bands.length - 1];
  const range = band ? parseFrenchRange(band.label) : null;
  if (!band || !range) throw new Error("The home table must hold French ranges such as 14-16");
  const position = Math.min(1, Math.max(0, (midpoint - band.low) / (band.high - band.low)));
  return { grade: round2(range.max - position * (range.max - range.min)), range: band.label };
}

/** Without a distribution table, a scale's passing grades are taken as equally frequent. */
export function uniformDistribution(passing: readonly string[]): GradeShare[] {
  return passing.map((grade) => ({ grade, percentage: 100 / passing.length }));
}

/** The home table used when the university has not entered one (typical French distribution of passing grades). */
export const DEFAULT_HOME_ROWS: readonly GradeShare[] = [
  { grade: "16-20", percentage: 10 },
  { grade: "14-16", percentage: 25 },
  { grade: "12-14", percentage: 35 },
  { grade: "10-12", percentage: 30 },
];
