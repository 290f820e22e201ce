import { requestJson } from "@orbis/contracts/http";
import { DifficultyNote, DifficultyNoteList, IncomingStudent, PresenceDashboard } from "@orbis/contracts/incoming";
import { z } from "zod";
import { BASE } from "./incoming";

const student = (id: string) => `${BASE}/students/${encodeURIComponent(id)}`;

/** Arrival, departure, certificates, difficulty notes and the presence dashboard. */
export const followupApi = {
  arrive: (id: string, version: number, date: string) => requestJson(IncomingStudent, `${student(id)}/arrival`, { body: { version, date } }),
  depart: (id: string, version: number, date: string) => requestJson(IncomingStudent, `${student(id)}/departure`, { body: { version, date } }),
  certificateHref: (id: string, kind: "arrival" | "attendance", lang: "fr" | "en") => `${student(id)}/certificate?kind=${kind}&lang=${lang}`,
  notes: (id: string, signal?: AbortSignal) => requestJson(DifficultyNoteList, `${student(id)}/difficulties`, { signal }),
  addNote: (id: string, text: string) => requestJson(DifficultyNote, `${student(id)}/difficulties`, { body: { text } }),
  editNote: (id: string, noteId: string, version: number, text: string) => requestJson(DifficultyNote, `${student(id)}/difficulties/${noteId}`, { method: "PATCH", body: { version, text } }),
  deleteNote: (id: string, noteId: string, version: number) => requestJson(z.unknown(), `${student(id)}/difficulties/${noteId}`, { method: "DELETE", query: { version } }),
  presence: (signal?: AbortSignal) => requestJson(PresenceDashboard, `${BASE}/dashboard/presence`, { signal }),
};
