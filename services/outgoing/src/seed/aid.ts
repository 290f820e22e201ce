import type { AidRules } from "@orbis/contracts/outgoing";
import type { aidAwards } from "../db/schema/index";
import { eligibilityOf, type AidRow } from "../domain/aid";
import { addDays } from "../domain/dates";
import type { MobilityRow } from "../domain/mobilities";
import { seedId, unit } from "./ids";
import type { MobilityInsert } from "./mobilities";

export type AwardInsert = typeof aidAwards.$inferInsert & { id: string };

interface AidPlan {
  kind: string;
  name: (year: number) => string;
  amountType: "monthly" | "lump-sum";
  amountCents: number;
  maxFundedMonths: number;
  rules: AidRules;
  /** Share of the eligible mobilities the aid's committee funded (the budget is limited). */
  share: number;
}

const PLANS: readonly AidPlan[] = [
  {
    kind: "ami",
    name: (y) => `Aide à la mobilité internationale (AMI) ${y}-${y + 1}`,
    amountType: "monthly",
    amountCents: 40_000,
    maxFundedMonths: 4,
    rules: { scholarshipHolderRequired: true, minMonths: 2, maxMonths: null, programmes: [], levels: [] },
    share: 1,
  },
  {
    kind: "regional",
    name: (y) => `Bourse régionale Mobilité Île-de-France ${y}-${y + 1}`,
    amountType: "monthly",
    amountCents: 30_000,
    maxFundedMonths: 5,
    rules: { scholarshipHolderRequired: false, minMonths: 3, maxMonths: null, programmes: ["BILATERAL", "KA171", "CUPA", "PQEE"], levels: ["L3", "M1", "M2"] },
    share: 0.5,
  },
];

/**
 * Each academic year's AMI (scholarship holders) and regional grant, with their awards: every eligible mobility for
 * the AMI, about half of them for the regional grant; paid about three weeks after departure (the reference date
 * decides for the current year). Budgets cover the awards with a small reserve.
 */
export function aidRows(mobilities: readonly MobilityInsert[], years: readonly number[], today: string) {
  const aids: AidRow[] = [];
  const awards: AwardInsert[] = [];
  const epoch = new Date("2000-01-01T00:00:00Z");
  for (const year of years) {
    for (const plan of PLANS) {
      const aid: AidRow = {
        id: seedId("aid", plan.kind, year),
        kind: plan.kind,
        name: plan.name(year),
        academicYear: year,
        budgetCents: 0,
        amountType: plan.amountType,
        amountCents: plan.amountCents,
        maxFundedMonths: plan.maxFundedMonths,
        rules: plan.rules,
        version: 1,
        createdAt: new Date(`${year}-06-15T09:00:00Z`),
        updatedAt: new Date(`${year}-06-15T09:00:00Z`),
      };
      let committed = 0;
      for (const m of mobilities) {
        if (m.academicYear !== year || m.status === "cancelled" || unit("aid", plan.kind, m.id) >= plan.share) continue;
        const check = eligibilityOf(aid, { ...m, createdAt: epoch, updatedAt: epoch } as MobilityRow, 0);
        if (!check.eligible) continue;
        committed += check.amountCents;
        const paidOn = addDays(m.plannedStart, 21);
        const paid = paidOn < today;
        const awarded = new Date(`${addDays(m.plannedStart, -45)}T10:00:00Z`);
        awards.push({
          id: seedId("award", aid.id, m.id),
          aidId: aid.id,
          mobilityId: m.id,
          months: check.months,
          fundedMonths: check.fundedMonths,
          amountCents: check.amountCents,
          status: paid ? "paid" : "awarded",
          paidOn: paid ? paidOn : null,
          eligibility: check.checks,
          createdAt: awarded,
          updatedAt: paid ? new Date(`${paidOn}T10:00:00Z`) : awarded,
        });
      }
      aid.budgetCents = Math.max(1_000_000, Math.ceil((committed * 1.1) / 1_000_000) * 1_000_000);
      aids.push(aid);
    }
  }
  return { aids, awards };
}
