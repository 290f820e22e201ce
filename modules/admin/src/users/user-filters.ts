import { ROLES, type Role } from "@orbis/contracts/common";

/** The users list state, kept in the query string so that "back" from a user page restores it. */
export interface UserFilters {
  q: string;
  role: Role | "";
  active: "true" | "false" | "";
  /** 1-based. */
  page: number;
}

export const USERS_PAGE_SIZE = 20;

export const noUserFilters: UserFilters = { q: "", role: "", active: "", page: 1 };

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

/** Reads the filters from `location.search`; unknown or malformed values fall back to "no filter". */
export function parseUserFilters(search: string): UserFilters {
  const params = new URLSearchParams(search);
  const role = params.get("role") ?? "";
  const active = params.get("active") ?? "";
  const page = Number(params.get("page") ?? "1");
  return {
    q: (params.get("q") ?? "").slice(0, 200),
    role: isRole(role) ? role : "",
    active: active === "true" || active === "false" ? active : "",
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The query string for the filters ("" when none), leaving defaults out so URLs stay short. */
export function userFiltersToSearch(filters: UserFilters): string {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set("q", filters.q.trim());
  if (filters.role) params.set("role", filters.role);
  if (filters.active) params.set("active", filters.active);
  if (filters.page > 1) params.set("page", String(filters.page));
  const search = params.toString();
  return search ? `?${search}` : "";
}

/** The identity API query for one page of the list. */
export function userListQuery(filters: UserFilters, pageSize = USERS_PAGE_SIZE) {
  return {
    q: filters.q.trim() || undefined,
    role: filters.role || undefined,
    active: filters.active || undefined,
    limit: pageSize,
    offset: (filters.page - 1) * pageSize,
  };
}
