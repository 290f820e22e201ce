import { z } from "zod";
import { requestJson } from "@orbis/contracts/http";
import { isNotFound } from "@orbis/contracts/problems";
import type { SaveRecognition } from "@orbis/contracts/outgoing";
import { GradeTable, GradeTableList, Recognition, RecognitionScale, type GradeTableInput, type GradeTableUpdate } from "@orbis/contracts/outgoing";
import { BASE } from "./outgoing";

const mobilityPath = (id: string) => `${BASE}/mobilities/${encodeURIComponent(id)}`;

/** Recognition of a mobility's transcript and the grade tables it converts with. */
export const recognitionApi = {
  scale: (mobilityId: string, signal?: AbortSignal) => requestJson(RecognitionScale, `${mobilityPath(mobilityId)}/recognition/scale`, { signal }),
  /** Null while nothing is recorded. */
  get: async (mobilityId: string, signal?: AbortSignal) => {
    try {
      return await requestJson(Recognition, `${mobilityPath(mobilityId)}/recognition`, { signal });
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  },
  save: (mobilityId: string, body: z.input<typeof SaveRecognition>) => requestJson(Recognition, `${mobilityPath(mobilityId)}/recognition`, { method: "PUT", body }),
  pdfHref: (mobilityId: string, lang: "fr" | "en") => `${mobilityPath(mobilityId)}/recognition/pdf?lang=${lang}`,
};

export const gradeTablesApi = {
  list: (signal?: AbortSignal) => requestJson(GradeTableList, `${BASE}/grade-tables`, { signal }),
  create: (body: GradeTableInput) => requestJson(GradeTable, `${BASE}/grade-tables`, { method: "POST", body }),
  update: (id: string, body: GradeTableUpdate) => requestJson(GradeTable, `${BASE}/grade-tables/${encodeURIComponent(id)}`, { method: "PUT", body }),
  remove: (id: string, version: number) => requestJson(z.unknown(), `${BASE}/grade-tables/${encodeURIComponent(id)}`, { method: "DELETE", query: { version } }),
};
