import type { AgreementStatus } from "@orbis/contracts/agreements";

export type AgreementSort = "reference" | "title" | "partner" | "country" | "startYear" | "endYear" | "status" | "updatedAt";
export type PartnerSort = "name" | "country" | "city" | "updatedAt";
export type SortOrder = "asc" | "desc";

/** The agreements list's filters as the user set them ("" = no filter), plus sorting and the 1-based page. */
export interface AgreementFilters {
  q: string;
  country: string;
  type: string;
  status: AgreementStatus | "";
  department: string;
  /** The last academic year no later than this one ("" or a 4-digit year). */
  endsBy: string;
  partnerId: string;
  sort: AgreementSort;
  order: SortOrder;
  page: number;
  pageSize: number;
}

export interface PartnerFilters {
  q: string;
  country: string;
  sort: PartnerSort;
  order: SortOrder;
  page: number;
  pageSize: number;
}

export type QueryParams = Record<string, string | number>;

export const emptyAgreementFilters = (): AgreementFilters => ({
  q: "",
  country: "",
  type: "",
  status: "",
  department: "",
  endsBy: "",
  partnerId: "",
  sort: "endYear",
  order: "asc",
  page: 1,
  pageSize: 25,
});

export const emptyPartnerFilters = (): PartnerFilters => ({ q: "", country: "", sort: "name", order: "asc", page: 1, pageSize: 25 });

/** Only the filters that are set, trimmed; a malformed year is left out rather than sent for a 400. */
function filterParams(filters: Record<string, string>): QueryParams {
  const params: QueryParams = {};
  for (const [key, raw] of Object.entries(filters)) {
    const value = raw.trim();
    if (value === "") continue;
    if (key === "endsBy" && !/^\d{4}$/.test(value)) continue;
    params[key] = key === "endsBy" ? Number(value) : value;
  }
  return params;
}

/** GET /agreements (and its export) query parameters for the filters. */
export function agreementFilterParams(filters: AgreementFilters): QueryParams {
  const { q, country, type, status, department, endsBy, partnerId } = filters;
  return { ...filterParams({ q, country, type, status, department, endsBy, partnerId }), sort: filters.sort, order: filters.order };
}

export function agreementListParams(filters: AgreementFilters): QueryParams {
  return { ...agreementFilterParams(filters), limit: filters.pageSize, offset: (filters.page - 1) * filters.pageSize };
}

export function partnerFilterParams(filters: PartnerFilters): QueryParams {
  return { ...filterParams({ q: filters.q, country: filters.country }), sort: filters.sort, order: filters.order };
}

export function partnerListParams(filters: PartnerFilters): QueryParams {
  return { ...partnerFilterParams(filters), limit: filters.pageSize, offset: (filters.page - 1) * filters.pageSize };
}

export function toSearch(params: QueryParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) search.set(key, String(value));
  return search.toString();
}

/** The export link of a list with its current filters and order (every row, not just the page). */
export function exportHref(path: string, format: "csv" | "xlsx", params: QueryParams): string {
  return `${path}?${toSearch({ format, ...params })}`;
}

const AGREEMENT_SORTS: readonly AgreementSort[] = ["reference", "title", "partner", "country", "startYear", "endYear", "status", "updatedAt"];

/** The list's filters from a link's query string (the home panel links to ?status=...), ignoring unknown values. */
export function agreementFiltersFromSearch(search: string, statuses: readonly string[], types: readonly string[]): AgreementFilters {
  const params = new URLSearchParams(search);
  const filters = emptyAgreementFilters();
  const text = (key: string) => params.get(key)?.trim() ?? "";
  filters.q = text("q");
  filters.country = /^[A-Z]{2}$/.test(text("country")) ? text("country") : "";
  filters.type = types.includes(text("type")) ? text("type") : "";
  filters.status = statuses.includes(text("status")) ? (text("status") as AgreementStatus) : "";
  filters.department = text("department");
  filters.endsBy = /^\d{4}$/.test(text("endsBy")) ? text("endsBy") : "";
  filters.partnerId = text("partnerId");
  if ((AGREEMENT_SORTS as readonly string[]).includes(text("sort"))) filters.sort = text("sort") as AgreementSort;
  if (text("order") === "desc") filters.order = "desc";
  return filters;
}
