import { BUDGET_CATEGORIES, type BudgetCategory, type GrantResult, type ProjectBudget } from "@orbis/contracts/erasmus";
import { budgetOf, type ProjectRow } from "./projects";

/** Which budget category each grant component is charged to. */
const CATEGORY_OF: Record<GrantResult["components"][number]["code"], BudgetCategory> = {
  individualSupport: "individualSupport",
  fewerOpportunities: "individualSupport",
  traineeship: "individualSupport",
  travel: "travel",
  greenTopUp: "travel",
};

export interface BudgetGrant {
  status: string;
  result: GrantResult | null;
  problem: string | null;
  totalCents: number;
  paidCents: number;
}

const zero = (): Record<BudgetCategory, number> => ({ individualSupport: 0, travel: 0, inclusionSupport: 0, organisationalSupport: 0 });

/**
 * Consumption of a project's budget per category: committed (computed grants), paid (each payment spread over the
 * grant's categories in proportion), forecast (incomplete grants estimated at the average computed grant's split;
 * organisational support per participant), and an alert for each category the forecast would overspend.
 */
export function projectBudget(project: ProjectRow, grantRows: BudgetGrant[], organisationalPerParticipant: number): ProjectBudget {
  const allocated = budgetOf(project);
  const committed = zero();
  const paid = zero();
  const live = grantRows.filter((g) => g.status !== "cancelled");
  const computed = live.filter((g) => g.result);
  for (const g of computed) {
    for (const c of g.result!.components) {
      committed[CATEGORY_OF[c.code]] += c.amountCents;
      if (g.totalCents > 0) paid[CATEGORY_OF[c.code]] += Math.round((g.paidCents * c.amountCents) / g.totalCents);
    }
  }
  const incomplete = live.length - computed.length;
  const forecast = zero();
  for (const category of BUDGET_CATEGORIES) {
    forecast[category] = committed[category] + (computed.length ? Math.round((committed[category] / computed.length) * incomplete) : 0);
  }
  forecast.organisationalSupport = live.length * organisationalPerParticipant;
  committed.organisationalSupport = forecast.organisationalSupport;
  const lines = BUDGET_CATEGORIES.map((category) => ({
    category,
    allocatedCents: allocated[category],
    committedCents: committed[category],
    paidCents: paid[category],
    forecastCents: forecast[category],
    overspent: forecast[category] > allocated[category],
  }));
  return {
    projectId: project.id,
    participants: live.length,
    incomplete,
    lines,
    alerts: lines.filter((l) => l.overspent).map((l) => ({ category: l.category, overByCents: l.forecastCents - l.allocatedCents })),
  };
}
