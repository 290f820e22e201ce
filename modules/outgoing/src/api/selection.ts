import type { z } from "zod";
import { Problem } from "@orbis/contracts/common";
import { ApiError, requestJson } from "@orbis/contracts/http";
import {
  AllocationRun,
  Application,
  ApplicationDocument,
  ApplicationDocumentList,
  ApplicationImportResult,
  ApplicationPage,
  Call,
  CallPage,
  DestinationList,
  DestinationSync,
  Nomination,
  NominationList,
  Ranking,
  type CallStatus,
  type CreateCall,
  type CreateApplication,
  type RecordHostDecision,
  type SaveRanking,
  type UpdateApplication,
} from "@orbis/contracts/outgoing";
import { BASE } from "./outgoing";

const enc = encodeURIComponent;

/** A multipart upload answered with JSON, failing as requestJson does (ApiError with the problem). */
async function upload<T extends z.ZodTypeAny>(schema: T, url: string, form: FormData): Promise<z.infer<T>> {
  const response = await fetch(url, { method: "POST", body: form, credentials: "same-origin", headers: { accept: "application/json" } });
  const text = await response.text();
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = text;
  }
  if (!response.ok) {
    const problem = Problem.safeParse(data);
    throw new ApiError(response.status, problem.success ? problem.data : undefined, `HTTP ${response.status}`);
  }
  return schema.parse(data);
}

export type ApplicationFilters = { q?: string; department?: string; status?: string; eligible?: string };

/** The outgoing service's API for calls, applications, selection and nominations. */
export const selectionApi = {
  calls: (signal?: AbortSignal) => requestJson(CallPage, `${BASE}/calls`, { query: { limit: 200 }, signal }),
  createCall: (body: CreateCall) => requestJson(Call, `${BASE}/calls`, { method: "POST", body }),
  call: (id: string, signal?: AbortSignal) => requestJson(Call, `${BASE}/calls/${enc(id)}`, { signal }),
  setStatus: (id: string, version: number, status: CallStatus) => requestJson(Call, `${BASE}/calls/${enc(id)}/status`, { method: "POST", body: { version, status } }),
  destinations: (id: string, signal?: AbortSignal) => requestJson(DestinationList, `${BASE}/calls/${enc(id)}/destinations`, { signal }),
  syncDestinations: (id: string) => requestJson(DestinationSync, `${BASE}/calls/${enc(id)}/destinations/sync`, { method: "POST" }),
  applications: (id: string, filters: ApplicationFilters, signal?: AbortSignal) =>
    requestJson(ApplicationPage, `${BASE}/calls/${enc(id)}/applications`, { query: { ...filters, limit: 500 }, signal }),
  application: (id: string, signal?: AbortSignal) => requestJson(Application, `${BASE}/applications/${enc(id)}`, { signal }),
  createApplication: (callId: string, body: CreateApplication) => requestJson(Application, `${BASE}/calls/${enc(callId)}/applications`, { method: "POST", body }),
  updateApplication: (id: string, body: UpdateApplication) => requestJson(Application, `${BASE}/applications/${enc(id)}`, { method: "PATCH", body }),
  withdrawApplication: (id: string, body: { version: number; reason: string }) => requestJson(Application, `${BASE}/applications/${enc(id)}/withdraw`, { method: "POST", body }),
  documents: (id: string, signal?: AbortSignal) => requestJson(ApplicationDocumentList, `${BASE}/applications/${enc(id)}/documents`, { signal }),
  uploadDocument: (id: string, kind: string, file: File) => {
    const form = new FormData();
    form.set("kind", kind);
    form.set("file", file);
    return upload(ApplicationDocument, `${BASE}/applications/${enc(id)}/documents`, form);
  },
  documentHref: (id: string, documentId: string) => `${BASE}/applications/${enc(id)}/documents/${enc(documentId)}`,
  importApplications: (callId: string, file: File, mode: "preview" | "all" | "valid-only") => {
    const form = new FormData();
    form.set("file", file);
    return upload(ApplicationImportResult, `${BASE}/calls/${enc(callId)}/applications/import?mode=${mode}`, form);
  },
  ranking: (callId: string, department: string, signal?: AbortSignal) => requestJson(Ranking, `${BASE}/calls/${enc(callId)}/rankings/${enc(department)}`, { signal }),
  saveRanking: (callId: string, department: string, body: SaveRanking) => requestJson(Ranking, `${BASE}/calls/${enc(callId)}/rankings/${enc(department)}`, { method: "PUT", body }),
  allocation: (callId: string, signal?: AbortSignal) => requestJson(AllocationRun, `${BASE}/calls/${enc(callId)}/allocation`, { signal }),
  runAllocation: (callId: string) => requestJson(AllocationRun, `${BASE}/calls/${enc(callId)}/allocation`, { method: "POST" }),
  publishAllocation: (callId: string, runId: string) => requestJson(AllocationRun, `${BASE}/calls/${enc(callId)}/allocation/publish`, { method: "POST", body: { runId } }),
  nominations: (callId: string, signal?: AbortSignal) => requestJson(NominationList, `${BASE}/calls/${enc(callId)}/nominations`, { signal }),
  nominate: (callId: string, applicationId: string) => requestJson(Nomination, `${BASE}/calls/${enc(callId)}/nominations`, { method: "POST", body: { applicationId } }),
  decide: (id: string, body: RecordHostDecision) => requestJson(Nomination, `${BASE}/nominations/${enc(id)}/decision`, { method: "POST", body }),
  exportHref: (callId: string, partnerId: string, format: "csv" | "pdf" | "ewp") => `${BASE}/calls/${enc(callId)}/nominations/export?partnerId=${enc(partnerId)}&format=${format}`,
};
