import type { Ranking } from "@orbis/contracts/outgoing";
import type { FieldError } from "@orbis/service-kit";
import type { StoredRankingEntry } from "../db/schema/index";
import type { ApplicationRow } from "./applications";

type RankingEntry = Ranking["entries"][number];

export const totalOf = (scores: StoredRankingEntry["scores"]) => Math.round((scores.academic + scores.motivation + scores.language) * 100) / 100;

/** The department's order: total descending, then the explicit tie-break ascending. */
export function rankEntries(entries: readonly StoredRankingEntry[], applicants: ReadonlyMap<string, Pick<ApplicationRow, "studentNumber" | "firstName" | "lastName">>): RankingEntry[] {
  return entries
    .map((entry) => {
      const applicant = applicants.get(entry.applicationId);
      return {
        ...entry,
        total: totalOf(entry.scores),
        studentNumber: applicant?.studentNumber ?? "",
        firstName: applicant?.firstName ?? "",
        lastName: applicant?.lastName ?? "",
      };
    })
    .sort((a, b) => b.total - a.total || a.tieBreak - b.tieBreak)
    .map((entry, i) => ({ ...entry, rank: i + 1 }));
}

/**
 * Only the department's eligible, submitted applicants of the call can be ranked, and equal totals need distinct
 * tie-breaks so the order is explicit.
 */
export function rankingErrors(
  entries: readonly StoredRankingEntry[],
  department: string,
  applicants: ReadonlyMap<string, { department: string; status: string; eligible: boolean }>,
): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Map<string, number>();
  entries.forEach((entry, i) => {
    const applicant = applicants.get(entry.applicationId);
    const path = `body.entries.${i}`;
    if (!applicant) errors.push({ path: `${path}.applicationId`, message: "Not an application to this call" });
    else if (applicant.department !== department) errors.push({ path: `${path}.applicationId`, message: `This student belongs to ${applicant.department}` });
    else if (applicant.status !== "submitted") errors.push({ path: `${path}.applicationId`, message: "This application is withdrawn" });
    else if (!applicant.eligible) errors.push({ path: `${path}.applicationId`, message: "This application is not eligible" });
    const key = `${totalOf(entry.scores)}|${entry.tieBreak}`;
    const other = seen.get(key);
    if (other !== undefined) errors.push({ path: `${path}.tieBreak`, message: `Same total and tie-break as entry ${other + 1}: give them different tie-breaks` });
    else seen.set(key, i);
  });
  return errors;
}
