import { INCOMING_KINDS, INCOMING_STATUSES, type IncomingStudentQuery } from "@orbis/contracts/incoming";
import type { Query } from "../router/routes";

/** The students list's filters as the URL holds them ("" = no filter) and the 1-based page. */
export interface StudentFilters {
  q: string;
  year: string;
  status: string;
  kind: string;
  department: string;
  homeCountry: string;
  page: number;
}

export const PAGE_SIZE = 50;

const oneOf = (values: readonly string[], value: string) => (values.includes(value) ? value : "");

/** The filters from the address bar's query string; unknown values are dropped rather than sent for a 400. */
export function filtersFromSearch(search: string): StudentFilters {
  const params = new URLSearchParams(search);
  const text = (key: string) => params.get(key)?.trim() ?? "";
  return {
    q: text("q").slice(0, 100),
    year: /^\d{4}$/.test(text("year")) ? text("year") : "",
    status: oneOf(INCOMING_STATUSES, text("status")),
    kind: oneOf(INCOMING_KINDS, text("kind")),
    department: /^[A-Z][A-Z0-9_-]{1,31}$/.test(text("department")) ? text("department") : "",
    homeCountry: /^[A-Z]{2}$/.test(text("homeCountry")) ? text("homeCountry") : "",
    page: Math.max(1, Math.floor(Number(text("page"))) || 1),
  };
}

/** The query string of the filters (the inverse of filtersFromSearch); page 1 is left out. */
export function searchOf(filters: StudentFilters): Query {
  const { page, ...rest } = filters;
  return { ...rest, page: page > 1 ? page : undefined };
}

/** GET /students query parameters for the filters. */
export function listQueryOf(filters: StudentFilters): Partial<IncomingStudentQuery> {
  const set = <T>(value: string, map: (v: string) => T) => (value ? map(value) : undefined);
  return {
    q: set(filters.q, (v) => v),
    academicYear: set(filters.year, Number),
    status: set(filters.status, (v) => v as IncomingStudentQuery["status"]),
    kind: set(filters.kind, (v) => v as IncomingStudentQuery["kind"]),
    department: set(filters.department, (v) => v),
    homeCountry: set(filters.homeCountry, (v) => v),
    limit: PAGE_SIZE,
    offset: (filters.page - 1) * PAGE_SIZE,
  };
}

/** The academic year a date falls in (it starts in September; August belongs to the next one's arrivals). */
export function academicYearOf(date: Date): number {
  return date.getMonth() >= 7 ? date.getFullYear() : date.getFullYear() - 1;
}
