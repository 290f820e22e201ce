import { z } from "zod";
import { Id, IsoDateTime } from "../common";
import { DepartmentCode } from "./common";

/** What a department coordinator scores, each on /20; the total is their sum. */
export const SELECTION_CRITERIA = ["academic", "motivation", "language"] as const;
export const Scores = z.object({
  academic: z.number().min(0).max(20),
  motivation: z.number().min(0).max(20),
  language: z.number().min(0).max(20),
});
export type Scores = z.infer<typeof Scores>;

export const RankingEntryInput = z.object({
  applicationId: Id,
  scores: Scores,
  /** Among equal totals, the lower tie-break ranks first; equal totals need distinct tie-breaks. */
  tieBreak: z.number().int().min(1).max(10_000),
});
export const SaveRanking = z.object({
  /** The ranking's current version; 0 when the department has no ranking yet. */
  version: z.number().int().min(0),
  entries: z
    .array(RankingEntryInput)
    .max(2000)
    .refine((e) => new Set(e.map((x) => x.applicationId)).size === e.length, "An applicant is ranked twice"),
});
export type SaveRanking = z.input<typeof SaveRanking>;

export const RankingEntry = RankingEntryInput.extend({
  total: z.number(),
  rank: z.number().int().min(1),
  studentNumber: z.string(),
  firstName: z.string(),
  lastName: z.string(),
});
export const Ranking = z.object({
  callId: Id,
  department: DepartmentCode,
  /** 0 = not ranked yet. */
  version: z.number().int().min(0),
  entries: z.array(RankingEntry),
  updatedAt: IsoDateTime.nullable(),
  updatedBy: z.string().nullable(),
});
export type Ranking = z.infer<typeof Ranking>;
export const RankingParams = z.object({ id: Id, department: DepartmentCode });

/** A better choice the student did not get: it was full, its last place taken by a higher-ranked student (null: no places offered). */
export const SkippedChoice = z.object({
  choice: z.number().int().min(1),
  destinationId: Id,
  takenByApplicationId: Id.nullable(),
  takenByName: z.string().nullable(),
});
export const AllocationResult = z.object({
  applicationId: Id,
  name: z.string(),
  department: DepartmentCode,
  globalRank: z.number().int().min(1),
  total: z.number(),
  destinationId: Id.nullable(),
  /** 1-based choice obtained, null when none. */
  choice: z.number().int().min(1).nullable(),
  skipped: z.array(SkippedChoice),
  /** The same explanation in English, e.g. "choice 1 full: taken by higher-ranked X; got choice 2". */
  explanation: z.string(),
});
export type AllocationResult = z.infer<typeof AllocationResult>;
export const AllocationRun = z.object({
  id: Id,
  callId: Id,
  /** sha256 of the ordered applicants, their choices and the places: same hash, same results. */
  inputsHash: z.string(),
  results: z.array(AllocationResult),
  runAt: IsoDateTime,
  runBy: z.string(),
  publishedAt: IsoDateTime.nullable(),
});
export type AllocationRun = z.infer<typeof AllocationRun>;
export const PublishAllocation = z.object({ runId: Id });
