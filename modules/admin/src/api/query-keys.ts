import type { AuditListQuery, UserListQuery } from "./identity";
import type { PageQuery } from "./registry";

/** TanStack Query keys, nested so that invalidating a prefix refreshes everything below it. */
export const queryKeys = {
  users: () => ["identity", "users"] as const,
  userList: (query: UserListQuery) => ["identity", "users", "list", query] as const,
  user: (id: string) => ["identity", "users", "one", id] as const,
  departments: () => ["identity", "departments"] as const,
  audit: (source: AuditSource, query?: AuditListQuery) =>
    (query ? ["audit", source, query] : ["audit", source]) as readonly unknown[],
  modules: () => ["registry", "modules"] as const,
  module: (name: string) => ["registry", "modules", "one", name] as const,
  versions: (name: string, page?: PageQuery) =>
    (page ? ["registry", "modules", "versions", name, page] : ["registry", "modules", "versions", name]) as readonly unknown[],
  events: (name?: string, page?: PageQuery) =>
    (page ? ["registry", "events", name ?? null, page] : name ? ["registry", "events", name] : ["registry", "events"]) as readonly unknown[],
};

/** Which service's audit trail: identity (accounts, departments) or registry (modules). */
export type AuditSource = "identity" | "registry";
