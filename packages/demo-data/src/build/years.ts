/** Academic years are identified by their first calendar year: 2026 <-> "2026-2027". */
export function academicYearCode(startYear: number): string {
  return `${startYear}-${startYear + 1}`;
}

export function academicYearStart(code: string): number {
  const match = /^(\d{4})-(\d{4})$/.exec(code);
  if (!match || Number(match[2]) !== Number(match[1]) + 1) throw new Error(`Not an academic year code: ${code}`);
  return Number(match[1]);
}

/** The academic year (1 September - 31 August) containing an ISO date. */
export function academicYearOfDate(isoDate: string): string {
  const [year, month] = isoDate.split("-").map(Number) as [number, number];
  return academicYearCode(month >= 9 ? year : year - 1);
}
