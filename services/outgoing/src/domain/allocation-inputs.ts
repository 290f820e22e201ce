import { createHash } from "node:crypto";
import type { AllocationRun } from "@orbis/contracts/outgoing";
import type { Db } from "@orbis/db";
import { eq } from "drizzle-orm";
import type { allocationRuns} from "../db/schema/index";
import { applications, rankings } from "../db/schema/index";
import { globalOrder, type RankedApplicant } from "./allocation";
import { applicationsOut } from "./applications";
import type { CallRow } from "./calls";
import { destinationsOf } from "./destinations";
import { rankEntries } from "./rankings";

/**
 * What the allocation runs on: the ranked applicants still submitted and eligible, in global order, and the places
 * of the destinations in force; with a hash of both, so a run can be shown to be reproducible.
 */
export async function allocationInputs(db: Db, call: CallRow) {
  // One query at a time: `db` may be a transaction's single connection.
  const rankingRows = await db.select().from(rankings).where(eq(rankings.callId, call.id));
  const applicationRows = await db.select().from(applications).where(eq(applications.callId, call.id));
  const destinations = await destinationsOf(db, call.id);
  const byId = new Map((await applicationsOut(db, applicationRows, call)).map((a) => [a.id, a]));
  const applicants: RankedApplicant[] = rankingRows.flatMap((ranking) =>
    rankEntries(ranking.entries, byId).flatMap((entry) => {
      const application = byId.get(entry.applicationId);
      if (!application || application.status !== "submitted" || !application.eligibility.eligible) return [];
      return [
        {
          applicationId: application.id,
          name: `${application.firstName} ${application.lastName}`,
          department: ranking.department,
          total: entry.total,
          departmentRank: entry.rank,
          studentNumber: application.studentNumber,
          choices: application.choices,
        },
      ];
    }),
  );
  const ordered = globalOrder(applicants);
  const places = Object.fromEntries(destinations.map((d) => [d.id, d.inForce ? d.places : 0] as const).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { ordered, places, inputsHash: inputsHashOf(ordered, places) };
}

/** The hash of an allocation's inputs (applicants in global order, places by destination id in id order). */
export function inputsHashOf(ordered: readonly RankedApplicant[], places: Readonly<Record<string, number>>): string {
  const canonical = JSON.stringify({
    applicants: ordered.map((a) => [a.applicationId, a.department, a.total, a.departmentRank, a.studentNumber, a.choices]),
    places: Object.entries(places),
  });
  return createHash("sha256").update(canonical).digest("hex");
}

export type AllocationRunRow = typeof allocationRuns.$inferSelect;

export function toAllocationRun(row: AllocationRunRow): AllocationRun {
  return {
    id: row.id,
    callId: row.callId,
    inputsHash: row.inputsHash,
    results: row.results as AllocationRun["results"],
    runAt: row.runAt.toISOString(),
    runBy: row.runBy,
    publishedAt: row.publishedAt?.toISOString() ?? null,
  };
}
