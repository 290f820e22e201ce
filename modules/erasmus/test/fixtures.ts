import type { Principal } from "@orbis/contracts/identity";
import type { Project } from "@orbis/contracts/erasmus";

export const officer: Principal = { sub: "u-erasmus", kind: "user", email: "erasmus@orbis.test", name: "Erasmus officer", roles: ["erasmus"], departments: [] };
export const reader: Principal = { sub: "u-vp", kind: "user", email: "vp@orbis.test", name: "Vice-president", roles: ["leadership"], departments: [] };

export const page = <T,>(items: T[]) => ({ items, total: items.length });

export function project(overrides: Partial<Project> = {}): Project {
  const budget = { individualSupport: 30_000_000, travel: 4_000_000, inclusionSupport: 1_000_000, organisationalSupport: 5_000_000 };
  return {
    id: "0d3c6a52-5b7e-4a3c-8d55-1a2b3c4d5e6f",
    action: "KA131",
    callYear: 2025,
    grantAgreementNumber: "2025-1-FR01-KA131-HED-000125131",
    title: "Mobilité des étudiants et des personnels 2025",
    startDate: "2025-06-01",
    endDate: "2027-07-31",
    budget,
    budgetTotalCents: 40_000_000,
    partnerCountries: [],
    status: "running",
    amendmentCount: 0,
    version: 1,
    createdAt: "2025-06-01T08:00:00.000Z",
    updatedAt: "2025-06-01T08:00:00.000Z",
    ...overrides,
  };
}
