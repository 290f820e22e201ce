import type { Random } from "../core/random";
import { compareText } from "../core/text";
import type { CountrySeed } from "../data/countries";
import { DEPARTMENT_SEEDS } from "../data/departments";
import type { AgreementType, CefrLevel, CooperationCondition, Direction, EqfLevel, LanguageRequirement, MobilityType, ProgrammeCode } from "../types";

const STAFF_DAYS_PER_MOBILITY = 5;

function iscedCodesOf(departments: readonly string[]): string[] {
  const codes = new Set<string>();
  for (const seed of DEPARTMENT_SEEDS) if (departments.includes(seed.code)) for (const code of seed.iscedCodes.slice(0, 2)) codes.add(code);
  return [...codes].sort(compareText);
}

function outgoingLanguages(rng: Random, country: CountrySeed): LanguageRequirement[] {
  const main = country.languages[0] ?? "en";
  const requirements: LanguageRequirement[] = [{ language: main, cefr: rng.pick<CefrLevel>(["B1", "B1", "B2"]) }];
  if (main !== "en" && (country.languages.includes("en") || rng.chance(0.5))) requirements.push({ language: "en", cefr: "B2" });
  return requirements;
}

function condition(
  direction: Direction,
  mobilityType: MobilityType,
  places: number,
  perMobility: { months?: number; days?: number },
  iscedCodes: string[],
  eqfLevels: EqfLevel[],
  languageRequirements: LanguageRequirement[],
): CooperationCondition {
  return {
    direction,
    mobilityType,
    places,
    monthsPerYear: perMobility.months === undefined ? null : places * perMobility.months,
    daysPerYear: perMobility.days === undefined ? null : places * perMobility.days,
    iscedCodes,
    eqfLevels,
    languageRequirements,
  };
}

/** Cooperation conditions of one agreement, by type (framework agreements have none). */
export function buildConditions(
  rng: Random,
  type: AgreementType,
  programme: ProgrammeCode | null,
  departments: readonly string[],
  country: CountrySeed,
): CooperationCondition[] {
  if (type === "framework") return [];
  const isced = iscedCodesOf(departments);
  const frenchLevel: CefrLevel = type === "double-degree" ? "B2" : "B1";
  const incomingLanguages: LanguageRequirement[] = [{ language: "fr", cefr: frenchLevel }];
  const eqf: EqfLevel[] = type === "double-degree" ? [7] : rng.chance(0.3) ? [6, 7, 8] : [6, 7];
  // Exchanges with Asian partners are more often for a full year.
  const months = ["east-asia", "south-asia", "southeast-asia"].includes(country.region) ? rng.pick([5, 10, 10]) : rng.pick([5, 5, 10]);
  const studentPlaces = () => Math.min(12, Math.max(1, Math.round(departments.length * (1 + rng.next() * 1.5))));

  if (type === "programme") {
    const places = programme === "CUPA" ? rng.int(2, 4) : rng.int(1, 3);
    const out = [condition("outgoing", "student-studies", places, { months: 10 }, isced, [6, 7], outgoingLanguages(rng, country))];
    if (programme === "PQEE") out.push(condition("incoming", "student-studies", places, { months: 10 }, isced, [6, 7], incomingLanguages));
    return out;
  }

  const out: CooperationCondition[] = [
    condition("outgoing", "student-studies", type === "double-degree" ? rng.int(1, 3) : studentPlaces(), { months }, isced, eqf, outgoingLanguages(rng, country)),
  ];
  if (type === "double-degree" || rng.chance(0.9)) {
    out.push(condition("incoming", "student-studies", type === "double-degree" ? rng.int(1, 3) : studentPlaces(), { months }, isced, eqf, incomingLanguages));
  }
  if (type === "double-degree") return out;
  const teaching = programme === "KA171" || rng.chance(0.75);
  if (teaching) {
    for (const direction of ["outgoing", "incoming"] as const) {
      out.push(condition(direction, "staff-teaching", rng.int(1, 2), { days: STAFF_DAYS_PER_MOBILITY }, isced, [], []));
    }
  }
  if (programme === "KA131" && rng.chance(0.4)) {
    for (const direction of ["outgoing", "incoming"] as const) {
      out.push(condition(direction, "staff-training", rng.int(1, 2), { days: STAFF_DAYS_PER_MOBILITY }, [], [], []));
    }
  }
  return out;
}
