import type { Aid, AidAward, AidEligibility } from "@orbis/contracts/outgoing";
import type { Db } from "@orbis/db";
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import { aidAwards, aids, type EligibilityCheckRow } from "../db/schema/index";
import { fullMonths, mobilityDays } from "./durations";
import type { MobilityRow } from "./mobilities";

export type AidRow = typeof aids.$inferSelect;
export type AwardRow = typeof aidAwards.$inferSelect;

/** Sum and count of the awards not cancelled, per aid. */
export async function committedByAid(db: Db, aidIds: string[]): Promise<Map<string, { cents: number; count: number }>> {
  if (!aidIds.length) return new Map();
  const rows = await db
    .select({
      aidId: aidAwards.aidId,
      cents: sql<number>`coalesce(sum(${aidAwards.amountCents}), 0)::int`.mapWith(Number),
      count: sql<number>`count(*)::int`.mapWith(Number),
    })
    .from(aidAwards)
    .where(and(inArray(aidAwards.aidId, aidIds), ne(aidAwards.status, "cancelled")))
    .groupBy(aidAwards.aidId);
  return new Map(rows.map((r) => [r.aidId, { cents: r.cents, count: r.count }]));
}

export function toAid(row: AidRow, committed: { cents: number; count: number } = { cents: 0, count: 0 }): Aid {
  return {
    ...row,
    kind: row.kind as Aid["kind"],
    amountType: row.amountType as Aid["amountType"],
    committedCents: committed.cents,
    remainingCents: row.budgetCents - committed.cents,
    awardCount: committed.count,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function loadAids(db: Db, rows: AidRow[]): Promise<Aid[]> {
  const committed = await committedByAid(db, rows.map((r) => r.id));
  return rows.map((r) => toAid(r, committed.get(r.id)));
}

/**
 * Checks the aid's rules against the mobility, each with what was found, and computes the amount: monthly aids pay
 * full months abroad (30 days each) up to the aid's maximum funded months; lump sums pay their amount once.
 */
export function eligibilityOf(aid: AidRow, mobility: MobilityRow, remainingCents: number): AidEligibility {
  const days = mobilityDays(mobility);
  const months = fullMonths(days);
  const rules = aid.rules;
  const checks: EligibilityCheckRow[] = [
    { rule: "academicYear", passed: aid.academicYear === mobility.academicYear, detail: `Aid for ${aid.academicYear}, mobility in ${mobility.academicYear}` },
  ];
  if (rules.scholarshipHolderRequired) {
    checks.push({ rule: "scholarshipHolder", passed: mobility.scholarshipHolder, detail: mobility.scholarshipHolder ? "Scholarship holder" : "Not a scholarship holder" });
  }
  if (rules.minMonths > 0) checks.push({ rule: "minMonths", passed: months >= rules.minMonths, detail: `${months} full month(s) (${days} days), at least ${rules.minMonths} required` });
  if (rules.maxMonths !== null) checks.push({ rule: "maxMonths", passed: months <= rules.maxMonths, detail: `${months} full month(s), at most ${rules.maxMonths} allowed` });
  if (rules.programmes.length) {
    checks.push({ rule: "programme", passed: rules.programmes.includes(mobility.programme as never), detail: `${mobility.programme}; allowed: ${rules.programmes.join(", ")}` });
  }
  if (rules.levels.length) checks.push({ rule: "level", passed: rules.levels.includes(mobility.level as never), detail: `${mobility.level}; allowed: ${rules.levels.join(", ")}` });
  const fundedMonths = aid.amountType === "monthly" ? Math.min(months, aid.maxFundedMonths) : 0;
  const amountCents = aid.amountType === "monthly" ? fundedMonths * aid.amountCents : aid.amountCents;
  if (aid.amountType === "monthly") checks.push({ rule: "fundedMonths", passed: fundedMonths > 0, detail: `${fundedMonths} month(s) funded (at most ${aid.maxFundedMonths})` });
  return {
    aidId: aid.id,
    aidName: aid.name,
    eligible: checks.every((c) => c.passed),
    checks,
    months,
    fundedMonths,
    amountCents,
    remainingCents,
  };
}

export function toAward(row: AwardRow, aidName: string): AidAward {
  return {
    ...row,
    aidName,
    status: row.status as AidAward["status"],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The awards of the mobility with their aid's name, oldest first. */
export async function awardsOfMobility(db: Db, mobilityId: string): Promise<AidAward[]> {
  const rows = await db
    .select({ award: aidAwards, aidName: aids.name })
    .from(aidAwards)
    .innerJoin(aids, eq(aids.id, aidAwards.aidId))
    .where(eq(aidAwards.mobilityId, mobilityId))
    .orderBy(aidAwards.createdAt, aidAwards.id);
  return rows.map((r) => toAward(r.award, r.aidName));
}
