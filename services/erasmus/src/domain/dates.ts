/** The academic year (its starting calendar year) a date falls in: years run from September to August. */
export function academicYearOf(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  return Number(isoDate.slice(5, 7)) >= 9 ? year : year - 1;
}

/** Today as YYYY-MM-DD in UTC. */
export const isoDay = (at: Date) => at.toISOString().slice(0, 10);

/** Whole days from one ISO date to another (negative when `to` is before `from`). */
export const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
