import type { Principal } from "@orbis/contracts/identity";
import type { Grant, Project } from "@orbis/contracts/erasmus";

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

export function grant(overrides: Partial<Grant> = {}): Grant {
  return {
    id: "7a1c2a1e-7a55-4b7e-9d7a-0c1d2e3f4a5b",
    projectId: project().id,
    source: "student",
    mobilityId: "6f1c2a1e-7a55-4b7e-9d7a-0c1d2e3f4a5b",
    participantName: "MARTIN Camille",
    participantRef: "21001234",
    department: "CHINESE",
    academicYear: 2025,
    countryCode: "ES",
    hostName: "Universidad de Salamanca",
    status: "planned",
    input: { kind: "student", action: "KA131", callYear: 2025, activity: "studies", shortTerm: false, start: "2025-09-15", end: "2025-12-20", countryCode: "ES", fewerOpportunities: true, distanceBand: "500-1999", greenTravel: false, travelDays: 0, interruptions: [], zeroGrantPeriods: [] },
    result: {
      group: "G2",
      durationDays: 96,
      fundedDays: 96,
      travelDays: 0,
      fundedMonths: 3,
      fundedExtraDays: 6,
      components: [
        { code: "individualSupport", amountCents: 172_800, rule: "student-monthly-G2", lines: [], explanation: "Individual support, G2 rate of call 2025: 3 month(s) x 540.00 EUR + 6 day(s) x 540.00 EUR/30 = 1728.00 EUR." },
        { code: "travel", amountCents: 27_500, rule: "travel-standard-500-1999", lines: [], explanation: "Travel support, 500-1999 km band, standard rate: 275.00 EUR." },
      ],
      totalCents: 200_300,
    },
    problem: null,
    totalCents: 200_300,
    paidCents: 0,
    reportSubmitted: false,
    version: 3,
    updatedAt: "2025-06-01T08:00:00.000Z",
    ...overrides,
  };
}
