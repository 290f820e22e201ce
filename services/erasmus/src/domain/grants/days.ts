import type { Period } from "@orbis/contracts/erasmus";

/**
 * Days between two dates (both included) counting every month as 30 days, as the EU grant calculator does: 1 Sep to
 * 31 Jan is 150 days (5 months) whatever the months' lengths; the 31st and the last day of February count as day 30.
 */
export function days360(start: string, end: string): number {
  const [y1, m1, d1] = parts(start);
  const [y2, m2, d2] = parts(end);
  const from = Math.min(d1, 30);
  const to = isLastDayOfMonth(y2, m2, d2) ? 30 : Math.min(d2, 30);
  return (y2 - y1) * 360 + (m2 - m1) * 30 + (to - from) + 1;
}

function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split("-").map(Number);
  return [y!, m!, d!];
}

function isLastDayOfMonth(y: number, m: number, d: number): boolean {
  return new Date(Date.UTC(y, m, 0)).getUTCDate() === d;
}

/** Calendar days of the overlap of a period with [start, end], 0 when none (for days inside the mobility only). */
export function overlapDays360(period: Period, start: string, end: string): number {
  const from = period.start > start ? period.start : start;
  const to = period.end < end ? period.end : end;
  return from > to ? 0 : days360(from, to);
}
