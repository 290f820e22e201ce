import type { Budget, Project } from "@orbis/contracts/erasmus";
import type { projects } from "../db/schema/index";

export type ProjectRow = typeof projects.$inferSelect;

export function budgetOf(row: ProjectRow): Budget {
  return {
    individualSupport: row.budgetIndividualCents,
    travel: row.budgetTravelCents,
    inclusionSupport: row.budgetInclusionCents,
    organisationalSupport: row.budgetOrganisationalCents,
  };
}

export function budgetColumns(budget: Budget) {
  return {
    budgetIndividualCents: budget.individualSupport,
    budgetTravelCents: budget.travel,
    budgetInclusionCents: budget.inclusionSupport,
    budgetOrganisationalCents: budget.organisationalSupport,
  };
}

export const budgetTotal = (budget: Budget) => budget.individualSupport + budget.travel + budget.inclusionSupport + budget.organisationalSupport;

export function toProject(row: ProjectRow): Project {
  const budget = budgetOf(row);
  return {
    id: row.id,
    action: row.action as Project["action"],
    callYear: row.callYear,
    grantAgreementNumber: row.grantAgreementNumber,
    title: row.title,
    startDate: row.startDate,
    endDate: row.endDate,
    budget,
    budgetTotalCents: budgetTotal(budget),
    partnerCountries: row.partnerCountries,
    status: row.status as Project["status"],
    amendmentCount: row.amendmentCount,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
