/** Calendar dates as day numbers (days since 1970-01-01, UTC) so that no time zone can shift them. */
const MS_PER_DAY = 86_400_000;

export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function parseIsoDate(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`Not an ISO date (YYYY-MM-DD): ${iso}`);
  const [, y, m, d] = match;
  const day = dayNumber(Number(y), Number(m), Number(d));
  if (formatIsoDate(day) !== iso) throw new Error(`Not a calendar date: ${iso}`);
  return day;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** Day number to "YYYY-MM-DD" (civil-from-days arithmetic: far cheaper than Date#toISOString in hot loops). */
export function formatIsoDate(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, "0")}-${pad2(m)}-${pad2(d)}`;
}

export function yearOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** Inclusive number of days from start to end. */
export function daysInclusive(start: number, end: number): number {
  return end - start + 1;
}
