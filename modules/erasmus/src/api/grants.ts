import { z } from "zod";
import { requestJson } from "@orbis/contracts/http";
import { Grant, GrantHistoryEntry, GrantPage, LastSync, PaymentSchedule, SyncRun, type GrantQuery, type RecordPayment, type UpdateGrant } from "@orbis/contracts/erasmus";
import { BASE } from "./projects";

const grant = (id: string) => `${BASE}/grants/${encodeURIComponent(id)}`;

/** Grants, their history and payments; synchronisation with the outgoing service. */
export const grantsApi = {
  list: (query: Partial<GrantQuery>, signal?: AbortSignal) => requestJson(GrantPage, `${BASE}/grants`, { query: { ...query }, signal }),
  get: (id: string, signal?: AbortSignal) => requestJson(Grant, grant(id), { signal }),
  update: (id: string, body: UpdateGrant) => requestJson(Grant, grant(id), { method: "PATCH", body }),
  history: (id: string, signal?: AbortSignal) => requestJson(z.array(GrantHistoryEntry), `${grant(id)}/history`, { signal }),
  payments: (id: string, signal?: AbortSignal) => requestJson(PaymentSchedule, `${grant(id)}/payments`, { signal }),
  pay: (id: string, body: RecordPayment) => requestJson(PaymentSchedule, `${grant(id)}/payments`, { method: "POST", body }),
  sync: (academicYear?: number) => requestJson(SyncRun, `${BASE}/sync`, { method: "POST", body: academicYear === undefined ? {} : { academicYear } }),
  lastSync: (signal?: AbortSignal) => requestJson(LastSync, `${BASE}/sync/last`, { signal }),
};
