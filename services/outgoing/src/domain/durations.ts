import type { MobilityRow } from "./mobilities";

const DAY_MS = 86_400_000;

/** Days between two ISO dates, both included. */
export function daysBetween(start: string, end: string): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / DAY_MS) + 1;
}

/** Days abroad: the actual dates when both are known, else the planned ones. */
export function mobilityDays(mobility: Pick<MobilityRow, "plannedStart" | "plannedEnd" | "actualStart" | "actualEnd">): number {
  return mobility.actualStart && mobility.actualEnd ? daysBetween(mobility.actualStart, mobility.actualEnd) : daysBetween(mobility.plannedStart, mobility.plannedEnd);
}

/** Full months abroad, a month counting 30 days (as Erasmus+ does); partial months are not counted for aids. */
export function fullMonths(days: number): number {
  return Math.max(0, Math.floor(days / 30));
}
