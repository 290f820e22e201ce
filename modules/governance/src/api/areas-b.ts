import { requestJson } from "@orbis/contracts/http";
import { CandidateList, EqualityOverview, ProgrammeList } from "@orbis/contracts/governance";
import { ScholarshipCallList } from "@orbis/contracts/governance";
import { BASE } from "./overview";

/** Strategic programmes. */
export const programmesApi = {
  list: (signal?: AbortSignal) => requestJson(ProgrammeList, `${BASE}/programmes`, { signal }),
};

/** Excellence scholarships: calls, the ranked candidates, scoring and awards. */
export const scholarshipsApi = {
  calls: (signal?: AbortSignal) => requestJson(ScholarshipCallList, `${BASE}/scholarships/calls`, { signal }),
  candidates: (callId: string, signal?: AbortSignal) => requestJson(CandidateList, `${BASE}/scholarships/calls/${callId}/candidates`, { signal }),
  award: (callId: string, version: number) => requestJson(CandidateList, `${BASE}/scholarships/calls/${callId}/awards`, { body: { version } }),
};

/** Equal opportunity targets (with analytics readings) and actions. */
export const equalityApi = {
  get: (year: number | undefined, signal?: AbortSignal) => requestJson(EqualityOverview, `${BASE}/equal-opportunity`, { query: { year }, signal }),
};
