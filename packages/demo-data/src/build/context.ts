import type { Random } from "../core/random";
import type { CountrySeed } from "../data/countries";
import type { EligibilityIndex } from "./eligibility";
import type { InstitutionCandidate } from "./institutions";
import type { StudentFactory } from "./students";

/** What the mobility generators share. */
export interface MobilityContext {
  rng: Random;
  id: (kind: string, name: string) => string;
  scale: number;
  firstYear: number;
  currentYear: number;
  /** Reference date as a day number. */
  reference: number;
  countries: ReadonlyMap<string, CountrySeed>;
  index: EligibilityIndex;
  students: StudentFactory;
  /** Institutions that are not partners, and the same by country code. */
  others: readonly InstitutionCandidate[];
  othersByCountry: ReadonlyMap<string, readonly InstitutionCandidate[]>;
}

/** Relative volume of mobility per academic year: slow growth, the pandemic years. */
export function yearWeight(year: number, participant: "student" | "staff"): number {
  const growth = Math.max(0.7, 1 + (participant === "student" ? 0.03 : 0.02) * (year - 2017));
  const pandemic: Record<number, number> = participant === "student" ? { 2020: 0.5, 2021: 0.85 } : { 2019: 0.9, 2020: 0.1, 2021: 0.5 };
  return growth * (pandemic[year] ?? 1);
}

export function isInEurope(country: CountrySeed): boolean {
  return country.region === "europe";
}
