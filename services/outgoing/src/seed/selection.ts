import { EQF_OF_LEVEL, type StudyLevel } from "@orbis/contracts/outgoing";
import type { allocationRuns, nominations, rankings, StoredRankingEntry } from "../db/schema/index";
import { allocate, globalOrder, type RankedApplicant } from "../domain/allocation";
import { inputsHashOf } from "../domain/allocation-inputs";
import { addDays } from "../domain/dates";
import { eligibilityOf } from "../domain/eligibility";
import { rankEntries, totalOf } from "../domain/rankings";
import type { SeedApplicant } from "./applications";
import type { CallInsert } from "./calls";
import type { DestinationInsert } from "./destinations";
import { seedId, unit } from "./ids";

export type RankingInsert = typeof rankings.$inferInsert & { id: string };
export type AllocationRunInsert = typeof allocationRuns.$inferInsert & { id: string };
export type NominationInsert = typeof nominations.$inferInsert & { id: string };

export interface CallSelection {
  rankings: RankingInsert[];
  run: AllocationRunInsert;
  nominations: NominationInsert[];
  /** Destination id -> places taken in the published allocation. */
  taken: Map<string, number>;
}

const OFFICE = "bureau.mobilite@orbis.test";

function opensTo(d: DestinationInsert, a: SeedApplicant): boolean {
  const eqf = EQF_OF_LEVEL[a.row.level as StudyLevel];
  return (d.eqfLevels.length === 0 || d.eqfLevels.includes(eqf)) && (d.departments.length === 0 || d.departments.includes(a.row.department));
}

function choose<T>(list: readonly T[], count: number, ...salt: string[]): T[] {
  return list
    .map((item, i) => ({ item, order: unit(...salt, i) }))
    .sort((a, b) => a.order - b.order)
    .slice(0, count)
    .map((x) => x.item);
}

/**
 * The selection of a published call, as it happened: department rankings, the applicants' choices, one published
 * allocation run (the real allocate() over these inputs) and a nomination, accepted by the host, for each selected
 * student. Selected students rank above the others; their choices are built in the global order so each gets their
 * mobility's destination (first choice, or second when the first was already full); the others chose destinations
 * already full, or withdrew. Throws if the allocation disagrees with the history: the seed is then wrong.
 */
export function selectionOf(call: CallInsert, applicants: SeedApplicant[], destinations: readonly DestinationInsert[]): CallSelection {
  const ranked = applicants.filter(
    (a) => a.scores && a.row.status === "submitted" && eligibilityOf(call.eligibility, { ...a.row, languageCertificate: a.row.languageCertificate ?? null }, call.requiredDocuments, call.requiredDocuments).eligible,
  );
  const byDepartment = new Map<string, SeedApplicant[]>();
  for (const a of ranked) {
    const list = byDepartment.get(a.row.department);
    if (list) list.push(a);
    else byDepartment.set(a.row.department, [a]);
  }
  const byId = new Map(ranked.map((a) => [a.row.id, a]));
  const entriesOf = (list: readonly SeedApplicant[]): StoredRankingEntry[] =>
    [...list]
      .sort((x, y) => totalOf(y.scores!) - totalOf(x.scores!) || (x.row.id < y.row.id ? -1 : 1))
      .map((a, i) => ({ applicationId: a.row.id, scores: a.scores!, tieBreak: i + 1 }));
  const rankedApplicants = (): RankedApplicant[] =>
    [...byDepartment].flatMap(([department, list]) =>
      rankEntries(entriesOf(list), new Map(list.map((a) => [a.row.id, a.row]))).map((entry) => {
        const a = byId.get(entry.applicationId)!;
        return { applicationId: a.row.id, name: `${a.row.firstName} ${a.row.lastName}`, department, total: entry.total, departmentRank: entry.rank, studentNumber: a.row.studentNumber, choices: a.row.choices };
      }),
    );

  const free = new Map(destinations.map((d) => [d.id, d.places]));
  for (const { applicationId } of globalOrder(rankedApplicants())) {
    const a = byId.get(applicationId)!;
    const open = destinations.filter((d) => opensTo(d, a));
    if (a.destinationId) {
      const own = a.destinationId;
      const full = open.filter((d) => d.id !== own && free.get(d.id) === 0);
      const others = open.filter((d) => d.id !== own && free.get(d.id)! > 0);
      const first = full.length && unit("second-choice", a.row.id) < 0.3 ? choose(full, 1, "full", a.row.id) : [];
      a.row.choices = [...first.map((d) => d.id), own, ...choose(others, 2 - first.length, "other", a.row.id).map((d) => d.id)];
      free.set(own, free.get(own)! - 1);
    } else {
      const full = open.filter((d) => free.get(d.id) === 0);
      a.row.choices = choose(full, 3, "hopes", a.row.id).map((d) => d.id);
    }
  }
  // Those with no full destination to hope for had withdrawn before the committee.
  for (const a of ranked) {
    if (a.destinationId || a.row.choices.length) continue;
    a.row.status = "withdrawn";
    a.row.withdrawnReason = "Désistement avant la commission de sélection";
    a.scores = null;
    const list = byDepartment.get(a.row.department)!.filter((x) => x !== a);
    if (list.length) byDepartment.set(a.row.department, list);
    else byDepartment.delete(a.row.department);
  }

  const ordered = globalOrder(rankedApplicants());
  const places = Object.fromEntries(destinations.map((d) => [d.id, d.places] as const).sort(([x], [y]) => (x < y ? -1 : 1)));
  const results = allocate(ordered, places);
  const runAt = new Date(`${addDays(call.closesOn, 21)}T10:00:00Z`);
  const taken = new Map<string, number>();
  const nominationRows: NominationInsert[] = [];
  const applicantById = new Map(applicants.map((a) => [a.row.id, a]));
  for (const r of results) {
    const a = applicantById.get(r.applicationId)!;
    if (r.destinationId !== a.destinationId) throw new Error(`Seed: allocation of ${r.applicationId} in ${call.id} disagrees with the history (${r.explanation})`);
    if (!r.destinationId) continue;
    taken.set(r.destinationId, (taken.get(r.destinationId) ?? 0) + 1);
    const m = a.mobility!;
    nominationRows.push({
      id: seedId("nomination", a.row.id),
      callId: call.id,
      applicationId: a.row.id,
      destinationId: r.destinationId,
      status: "nominated",
      decision: "accepted",
      decidedOn: addDays(m.startDate, -75 - Math.floor(unit("decided", a.row.id) * 30)),
      mobilityId: m.id,
      createdAt: new Date(runAt.getTime() + 3 * 86_400_000),
      updatedAt: new Date(runAt.getTime() + 3 * 86_400_000),
    });
  }
  return {
    rankings: [...byDepartment].map(([department, list]) => ({
      id: seedId("ranking", call.id, department),
      callId: call.id,
      department,
      entries: entriesOf(list),
      updatedBy: `coordination.${department.toLowerCase()}@orbis.test`,
      createdAt: new Date(`${addDays(call.closesOn, 10)}T10:00:00Z`),
      updatedAt: new Date(`${addDays(call.closesOn, 14)}T10:00:00Z`),
    })),
    run: {
      id: seedId("allocation-run", call.id),
      callId: call.id,
      inputsHash: inputsHashOf(ordered, places),
      results,
      runBy: OFFICE,
      runAt,
      publishedAt: new Date(runAt.getTime() + 2 * 86_400_000),
    },
    nominations: nominationRows,
    taken,
  };
}
