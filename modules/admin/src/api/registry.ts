import type { z } from "zod";
import type { AuditRecord } from "@orbis/contracts/common";
import { requestJson } from "@orbis/contracts/http";
import { ModuleEntry, ModulePage, ModuleVersionPage, PublishEventPage, type UpdateModule } from "@orbis/contracts/registry";
import { AuditPage } from "./schemas";
import type { AuditListQuery } from "./identity";

const BASE = "/api/registry";

export type ModuleUpdate = z.infer<typeof UpdateModule>;

export interface PageQuery {
  limit: number;
  offset: number;
}

/** The registry's administration API (modules, their published versions, rollback, history). */
export const registryApi = {
  /** Every module, in menu order (a platform has a handful; 500 is the service's maximum page). */
  listModules: (signal?: AbortSignal) => requestJson(ModulePage, `${BASE}/modules`, { query: { limit: 500 }, signal }),
  getModule: (name: string, signal?: AbortSignal) => requestJson(ModuleEntry, `${BASE}/modules/${encodeURIComponent(name)}`, { signal }),
  listVersions: (name: string, page: PageQuery, signal?: AbortSignal) =>
    requestJson(ModuleVersionPage, `${BASE}/modules/${encodeURIComponent(name)}/versions`, { query: { ...page }, signal }),
  /** `version` is the module record's version (concurrency check), `to` the published version to make current. */
  rollback: (name: string, body: { version: number; to: string }) =>
    requestJson(ModuleEntry, `${BASE}/modules/${encodeURIComponent(name)}/rollback`, { method: "POST", body }),
  updateModule: (name: string, body: ModuleUpdate) =>
    requestJson(ModuleEntry, `${BASE}/modules/${encodeURIComponent(name)}`, { method: "PATCH", body }),
  listEvents: (query: PageQuery & { module?: string | undefined }, signal?: AbortSignal) =>
    requestJson(PublishEventPage, `${BASE}/events`, { query: { ...query }, signal }),

  listAudit: (query: AuditListQuery, signal?: AbortSignal): Promise<{ items: AuditRecord[]; total: number }> =>
    requestJson(AuditPage, `${BASE}/audit`, { query: { ...query }, signal }),
};
