import { academicYearOfDate, academicYearStart } from "@orbis/demo-data";

/** YYYY-MM-DD of a UTC instant. */
export const isoDay = (at: Date): string => at.toISOString().slice(0, 10);

export function addDays(isoDate: string, days: number): string {
  const at = new Date(`${isoDate}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return isoDay(at);
}

/** The academic year (1 September - 31 August) the day belongs to, by its first calendar year. */
export const academicYearAt = (at: Date): number => academicYearStart(academicYearOfDate(isoDay(at)));
