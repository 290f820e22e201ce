import type { Candidate, ScholarshipCall, ScholarshipCriterion } from "@orbis/contracts/governance";
import type { Db } from "@orbis/db";
import { HttpProblem } from "@orbis/service-kit";
import { asc, eq, inArray } from "drizzle-orm";
import type { scholarshipCalls} from "../db/schema/index";
import { scholarshipCandidates, scholarshipScores } from "../db/schema/index";

type CallRow = typeof scholarshipCalls.$inferSelect;
type CandidateRow = typeof scholarshipCandidates.$inferSelect;
type ScoreRow = typeof scholarshipScores.$inferSelect;

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}

const iso = (row: { createdAt: Date; updatedAt: Date }) => ({ createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() });
export const paidOf = (c: Pick<CandidateRow, "payments">) => c.payments.reduce((s, p) => s + p.amountCents, 0);

/** One member's weighted mark out of 20 on the call's grid. */
export function weightedMark(criteria: ScholarshipCriterion[], marks: Record<string, number>): number {
  const weights = criteria.reduce((s, c) => s + c.weight, 0);
  return criteria.reduce((s, c) => s + (marks[c.key] ?? 0) * c.weight, 0) / weights;
}

/** Marks must cover exactly the call's criteria. */
export function assertMarksFit(criteria: ScholarshipCriterion[], marks: Record<string, number>): void {
  const keys = new Set(criteria.map((c) => c.key));
  const errors = [
    ...criteria.filter((c) => marks[c.key] === undefined).map((c) => ({ path: `body.marks.${c.key}`, message: "Mark required" })),
    ...Object.keys(marks).filter((k) => !keys.has(k)).map((k) => ({ path: `body.marks.${k}`, message: "Not a criterion of this call" })),
  ];
  if (errors.length) throw new HttpProblem("validation", "Some fields are invalid.", { errors });
}

/** Candidates with their scores, weighted score and rank (best first; ties by name). */
export function rankCandidates(call: CallRow, candidates: CandidateRow[], scores: ScoreRow[]): Candidate[] {
  const byCandidate = groupBy(scores, (s) => s.candidateId);
  const scored = candidates.map((c) => {
    const sheets = byCandidate.get(c.id) ?? [];
    const mean = sheets.length ? sheets.reduce((s, sh) => s + weightedMark(call.criteria, sh.marks), 0) / sheets.length : null;
    return {
      ...c,
      ...iso(c),
      paidCents: paidOf(c),
      scores: sheets.map((s) => ({ member: s.member, marks: s.marks, version: s.version })),
      weightedScore: mean === null ? null : Math.round(mean * 100) / 100,
      rank: null as number | null,
    };
  });
  scored.sort((a, b) => (b.weightedScore ?? -1) - (a.weightedScore ?? -1) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  let rank = 0;
  for (const c of scored) if (c.weightedScore !== null) c.rank = ++rank;
  return scored;
}

export async function loadRanking(db: Db, call: CallRow): Promise<Candidate[]> {
  const candidates = await db.select().from(scholarshipCandidates).where(eq(scholarshipCandidates.callId, call.id)).orderBy(asc(scholarshipCandidates.id));
  const scores = candidates.length ? await db.select().from(scholarshipScores).where(inArray(scholarshipScores.candidateId, candidates.map((c) => c.id))) : [];
  return rankCandidates(call, candidates, scores);
}

export async function toCalls(db: Db, rows: CallRow[]): Promise<ScholarshipCall[]> {
  const candidates = rows.length ? await db.select().from(scholarshipCandidates).where(inArray(scholarshipCandidates.callId, rows.map((r) => r.id))) : [];
  const byCall = groupBy(candidates, (c) => c.callId);
  return rows.map((r) => {
    const own = byCall.get(r.id) ?? [];
    return {
      ...r,
      ...iso(r),
      candidates: own.length,
      awardedCents: own.reduce((s, c) => s + c.awardedCents, 0),
      paidCents: own.reduce((s, c) => s + paidOf(c), 0),
    };
  });
}

/** Awards go down the ranking while the budget covers a full award; unscored candidates are not awarded. */
export function awardPlan(call: Pick<CallRow, "budgetCents" | "awardCents">, ranking: Candidate[]) {
  let left = call.budgetCents;
  return ranking.map((c) => {
    const award = c.rank !== null && left >= call.awardCents;
    if (award) left -= call.awardCents;
    return { id: c.id, status: award ? ("awarded" as const) : ("not_awarded" as const), awardedCents: award ? call.awardCents : 0 };
  });
}
