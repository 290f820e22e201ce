import { requestJson } from "@orbis/contracts/http";
import { IncomingStudent, IncomingStudentPage, type IncomingStudentQuery } from "@orbis/contracts/incoming";

export const BASE = "/api/incoming";

/** The incoming service's API for the students area, through the shell origin with the session cookie. */
export const studentsApi = {
  list: (query: Partial<IncomingStudentQuery>, signal?: AbortSignal) => requestJson(IncomingStudentPage, `${BASE}/students`, { query: { ...query }, signal }),
  get: (id: string, signal?: AbortSignal) => requestJson(IncomingStudent, `${BASE}/students/${encodeURIComponent(id)}`, { signal }),
};
