import { requestJson } from "@orbis/contracts/http";
import { RankingExercise, RankingList, type RankingFigureKey } from "@orbis/contracts/governance";
import { BASE } from "./overview";

/** Rankings inputs: exercises, their figures, review and lock, files. */
export const rankingsApi = {
  list: (signal?: AbortSignal) => requestJson(RankingList, `${BASE}/rankings`, { signal }),
  get: (id: string, signal?: AbortSignal) => requestJson(RankingExercise, `${BASE}/rankings/${id}`, { signal }),
  create: (body: { scheme: string; referenceYear: number }) => requestJson(RankingExercise, `${BASE}/rankings`, { body }),
  setFigure: (id: string, key: RankingFigureKey, body: { mode: "computed" | "entered"; value?: number; source?: string; version: number }) =>
    requestJson(RankingExercise, `${BASE}/rankings/${id}/figures/${key}`, { method: "PUT", body }),
  step: (id: string, body: { action: "review" | "lock" | "reopen"; version: number }) => requestJson(RankingExercise, `${BASE}/rankings/${id}/steps`, { body }),
  exportHref: (id: string, format: "csv" | "xlsx" | "pdf", lang: string) => `${BASE}/rankings/${id}/export?format=${format}&lang=${lang}`,
};
