import { requestJson } from "@orbis/contracts/http";
import { Mission, MissionBudget, MissionPage, type MissionAction, type MissionInput } from "@orbis/contracts/governance";
import { BASE } from "./overview";

export interface MissionFilters {
  year?: number | undefined;
  status?: string | undefined;
  q?: string | undefined;
  mine?: "true" | undefined;
  offset?: number | undefined;
}

/** Staff mission requests, the yearly envelope and the list's files. */
export const missionsApi = {
  list: (filters: MissionFilters, signal?: AbortSignal) => requestJson(MissionPage, `${BASE}/missions`, { query: { ...filters, limit: 50 }, signal }),
  get: (id: string, signal?: AbortSignal) => requestJson(Mission, `${BASE}/missions/${id}`, { signal }),
  create: (input: MissionInput) => requestJson(Mission, `${BASE}/missions`, { body: input }),
  update: (id: string, input: MissionInput & { version: number }) => requestJson(Mission, `${BASE}/missions/${id}`, { method: "PUT", body: input }),
  step: (id: string, body: { action: MissionAction; version: number; note?: string; reimbursedCents?: number; reimbursedOn?: string }) =>
    requestJson(Mission, `${BASE}/missions/${id}/transitions`, { body }),
  budget: (year: number, signal?: AbortSignal) => requestJson(MissionBudget, `${BASE}/mission-budgets/${year}`, { signal }),
  setBudget: (year: number, body: { envelopeCents: number; version?: number }) => requestJson(MissionBudget, `${BASE}/mission-budgets/${year}`, { method: "PUT", body }),
  exportHref: (filters: MissionFilters, format: "csv" | "xlsx") => {
    const query = Object.entries({ year: filters.year, status: filters.status, q: filters.q, format }).filter(([, v]) => v !== undefined && v !== "");
    return `${BASE}/missions/export?${query.map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`).join("&")}`;
  },
};
