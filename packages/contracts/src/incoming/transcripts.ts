import { z } from "zod";
import { Id, IsoDateTime } from "../common";
import { CourseSemester } from "./courses";
import { EctsGrade } from "./learning-agreements";

export const TRANSCRIPT_LANGUAGES = ["fr", "en", "es"] as const;
export const TranscriptLanguage = z.enum(TRANSCRIPT_LANGUAGES);
export type TranscriptLanguage = z.infer<typeof TranscriptLanguage>;

/** One graded course as the transcript prints it (a copy: later corrections need a reissue). */
export const TranscriptLine = z.object({
  code: z.string(),
  titleFr: z.string(),
  titleEn: z.string(),
  titleEs: z.string().nullable(),
  semester: CourseSemester,
  iscedCode: z.string(),
  credits: z.number(),
  grade: z.number(),
  result: z.enum(["passed", "failed"]),
  ectsObtained: z.number(),
  ectsGrade: EctsGrade,
});
export type TranscriptLine = z.infer<typeof TranscriptLine>;

/** An issued Transcript of Records: version 1, then 2, 3... after corrections; every version stays downloadable. */
export const Transcript = z.object({
  id: Id,
  studentId: Id,
  version: z.number().int().min(1),
  reason: z.string().nullable(),
  issuedAt: IsoDateTime,
  issuedBy: z.string(),
  lines: z.array(TranscriptLine),
  totalCredits: z.number(),
  totalEctsObtained: z.number(),
});
export type Transcript = z.infer<typeof Transcript>;

/** Issue (latestVersion 0) or reissue (the version the office saw; a reason is required). */
export const IssueTranscript = z
  .object({ latestVersion: z.number().int().min(0), reason: z.string().trim().min(1).max(500).optional() })
  .superRefine((value, ctx) => {
    if (value.latestVersion > 0 && !value.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "A reissue needs the reason for the correction." });
  });
export type IssueTranscript = z.infer<typeof IssueTranscript>;

export const TranscriptPdfQuery = z.object({ lang: TranscriptLanguage.default("fr") });
