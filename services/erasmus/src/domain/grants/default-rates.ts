import type { RateTable } from "@orbis/contracts/erasmus";

/** Country groups of the 2021-2023 calls and from the 2024 call on (DOMAIN.md). */
const GROUPS_2021 = {
  G1: ["DK", "FI", "IS", "IE", "LI", "LU", "NO", "SE"],
  G2: ["AT", "BE", "CY", "FR", "DE", "GR", "IT", "MT", "NL", "PT", "ES"],
  G3: ["BG", "HR", "CZ", "EE", "HU", "LV", "LT", "MK", "PL", "RO", "RS", "SK", "SI", "TR"],
};
const GROUPS_2024 = {
  G1: ["AT", "BE", "DK", "FI", "FR", "DE", "IS", "IE", "IT", "LI", "LU", "NL", "NO", "SE"],
  G2: ["CY", "CZ", "EE", "GR", "LV", "MT", "PT", "SK", "SI", "ES"],
  G3: ["BG", "HR", "HU", "LT", "MK", "PL", "RO", "RS", "TR"],
};

/** Travel bands of the 2021-2027 programme (standard / green), in cents. */
const TRAVEL_2021: RateTable["travel"] = [
  { band: "10-99", standard: 2_300, green: null },
  { band: "100-499", standard: 18_000, green: 21_000 },
  { band: "500-1999", standard: 27_500, green: 32_000 },
  { band: "2000-2999", standard: 36_000, green: 41_000 },
  { band: "3000-3999", standard: 53_000, green: 61_000 },
  { band: "4000-7999", standard: 82_000, green: null },
  { band: "8000+", standard: 150_000, green: null },
];

/**
 * The French National Agency's choice of rates for a call year, within the EU ranges (2022: G1 310-600, G2 260-540,
 * G3 200-490 EUR a month). Seeded once per call year; the team edits them as data afterwards.
 */
export function defaultRates(callYear: number): RateTable {
  const recent = callYear >= 2024;
  return {
    callYear,
    nationalAgency: "FR01 Agence Erasmus+ France / Education Formation",
    countryGroups: recent ? GROUPS_2024 : GROUPS_2021,
    studentMonthly: recent ? { G1: 60_000, G2: 54_000, G3: 49_000, partner: 70_000 } : { G1: 52_000, G2: 47_000, G3: 42_000, partner: 70_000 },
    shortTermDaily: { upTo14: 7_000, from15: 5_000 },
    fewerOpportunitiesMonthly: 25_000,
    fewerOpportunitiesShortTerm: { upTo14: 10_000, from15: 15_000 },
    traineeshipMonthly: 15_000,
    staffDaily: recent ? { G1: 18_000, G2: 16_000, G3: 14_000, partner: 18_000 } : { G1: 16_200, G2: 14_400, G3: 12_600, partner: 18_000 },
    staffLaterDaysPercent: 70,
    travel: TRAVEL_2021,
    greenTravelTopUp: 5_000,
    maxTravelDays: { standard: 2, green: 6 },
    longTermStudentTravel: callYear >= 2022 ? "fewer-opportunities" : "none",
    prefinancingPercent: 80,
    organisationalPerParticipant: 40_000,
  };
}
