import type { Random } from "../core/random";
import { compareText } from "../core/text";
import type { CountrySeed } from "../data/countries";
import { COUNTRY_SEEDS } from "../data/countries";
import { DEPARTMENT_SEEDS } from "../data/departments";
import { ALLIANCE_CODES } from "../data/networks";
import { erasmusCityPart, formatErasmusCode } from "./erasmus-code";
import type { InstitutionCandidate } from "./institutions";
import { schacCode } from "./schac";

/** A selected partner before agreements exist (cooperationSince is filled in from its agreements). */
export interface PartnerDraft {
  candidate: InstitutionCandidate;
  country: CountrySeed;
  departments: string[];
  programme: "CUPA" | "PQEE" | null;
  erasmusCode: string | null;
  schacCode: string;
  networks: string[];
}

export interface PartnerSelection {
  partners: PartnerDraft[];
  /** Candidates not chosen as partners: hosts for traineeships and assistantships, home of free movers. */
  others: InstitutionCandidate[];
}

const ALL_DEPARTMENTS = DEPARTMENT_SEEDS.map((d) => d.code);
const isProgrammeSide = (country: CountrySeed) => country.erasmusStatus === "programme";

/** Minimum partners per department in programme countries and elsewhere, so every department has destinations. */
const COVERAGE = { programme: 2, world: 2 } as const;
/** Minimum partners in a few countries the demo needs (Russia: agreements suspended in 2022). */
const MINIMUM_BY_COUNTRY: Record<string, number> = { RU: 2, CN: 5, JP: 4, KR: 3, TW: 2 };

export function selectPartners(rng: Random, scale: number, catalogue: readonly InstitutionCandidate[]): PartnerSelection {
  const target = Math.max(24, Math.round(80 * scale));
  const pools = new Map<string, InstitutionCandidate[]>();
  for (const country of COUNTRY_SEEDS) pools.set(country.code, []);
  for (const candidate of catalogue) pools.get(candidate.country.code)?.push(candidate);
  for (const [code, list] of pools) pools.set(code, rng.shuffle(list));

  const chosen: PartnerDraft[] = [];
  const take = (candidate: InstitutionCandidate, departments: string[], programme: PartnerDraft["programme"] = null) => {
    const pool = pools.get(candidate.country.code) as InstitutionCandidate[];
    pool.splice(pool.indexOf(candidate), 1);
    chosen.push({ candidate, country: candidate.country, departments, programme, erasmusCode: null, schacCode: "", networks: [] });
  };
  const extraDepartments = (country: CountrySeed, required: string[]): string[] => {
    const size = rng.weighted([1, 2, 3], (n) => (n === 1 ? 50 : n === 2 ? 35 : 15));
    const extra = rng.sample(country.departments.filter((d) => !required.includes(d)), size - required.length);
    const set = new Set([...required, ...extra]);
    return ALL_DEPARTMENTS.filter((d) => set.has(d));
  };

  // Programme agreements (CUPA in Chicago, the Quebec exchange programme) need institutions in those cities.
  for (const [programme, count] of [["CUPA", Math.max(1, Math.round(scale))], ["PQEE", Math.max(2, Math.round(2 * scale))]] as const) {
    const candidates = [...pools.values()].flat().filter((c) => c.city.programme === programme);
    for (const candidate of candidates.slice(0, count)) take(candidate, [...ALL_DEPARTMENTS], programme);
  }

  const pickCountry = (eligible: (country: CountrySeed) => boolean): CountrySeed | null => {
    const countries = COUNTRY_SEEDS.filter((c) => c.partnerWeight > 0 && eligible(c) && (pools.get(c.code)?.length ?? 0) > 0);
    return countries.length === 0 ? null : rng.weighted(countries, (c) => c.partnerWeight);
  };
  const takeFrom = (country: CountrySeed, required: string[]) => {
    const pool = pools.get(country.code) as InstitutionCandidate[];
    const candidate = pool.find((c) => c.city.programme === undefined) ?? (pool[0] as InstitutionCandidate);
    take(candidate, extraDepartments(country, required));
  };

  for (const [code, minimum] of Object.entries(MINIMUM_BY_COUNTRY)) {
    const country = COUNTRY_SEEDS.find((c) => c.code === code) as CountrySeed;
    for (let i = 0; i < minimum; i++) takeFrom(country, []);
  }
  for (const department of ALL_DEPARTMENTS) {
    for (const side of ["programme", "world"] as const) {
      // Russian studies keep destinations outside Russia, whose agreements were suspended in 2022.
      const counts = (d: PartnerDraft) =>
        d.programme === null && d.departments.includes(department) && isProgrammeSide(d.country) === (side === "programme") && !(department === "RUSSIAN" && d.country.code === "RU");
      while (chosen.filter(counts).length < COVERAGE[side]) {
        const country = pickCountry((c) => c.departments.includes(department) && isProgrammeSide(c) === (side === "programme") && !(department === "RUSSIAN" && c.code === "RU"));
        if (!country) break;
        takeFrom(country, [department]);
      }
    }
  }
  while (chosen.length < target) {
    const country = pickCountry(() => true);
    if (!country) break;
    takeFrom(country, []);
  }

  chosen.sort((a, b) => compareText(a.country.code, b.country.code) || compareText(a.candidate.nameLatin, b.candidate.nameLatin));
  assignErasmusCodes(rng, chosen);
  const takenDomains = new Set<string>();
  for (const draft of chosen) {
    draft.schacCode = schacCode(draft.candidate.nameEn, draft.candidate.city.name, draft.country.domain, takenDomains);
    draft.networks = pickNetworks(rng, draft);
  }
  return { partners: chosen, others: [...pools.values()].flat() };
}

function assignErasmusCodes(rng: Random, partners: PartnerDraft[]): void {
  const used = new Set<string>();
  for (const draft of partners) {
    const prefix = draft.country.erasmusCodePrefix;
    if (prefix === null) continue;
    const cityPart = draft.candidate.city.erasmus ?? erasmusCityPart(draft.candidate.city.local);
    let code: string;
    do code = formatErasmusCode(prefix, cityPart, rng.int(1, 40));
    while (used.has(code));
    used.add(code);
    draft.erasmusCode = code;
  }
}

const FRANCOPHONE = new Set(["BE", "CH", "CA", "SN", "MG", "MA", "TN", "LB", "RO", "BG", "VN", "KH", "EG"]);
const ASIAN_REGIONS = new Set(["east-asia", "southeast-asia", "south-asia"]);

function pickNetworks(rng: Random, draft: PartnerDraft): string[] {
  const networks: string[] = [];
  const { country } = draft;
  if (country.erasmusStatus === "programme") {
    if (rng.chance(0.3)) networks.push(rng.pick(ALLIANCE_CODES));
    if (draft.candidate.city === country.cities[0] && rng.chance(0.4)) networks.push("UNICA");
    if (rng.chance(0.1)) networks.push("COIMBRA");
    if (rng.chance(0.1)) networks.push("UTRECHT");
    if (draft.departments.some((d) => ["CHINESE", "JAPANESE", "KOREAN", "SOUTH_ASIA", "SOUTHEAST_ASIA"].includes(d)) && rng.chance(0.15)) networks.push("ECAF");
  }
  if (FRANCOPHONE.has(country.code) && rng.chance(0.6)) networks.push("AUF");
  if (ASIAN_REGIONS.has(country.region)) {
    if (rng.chance(0.15)) networks.push("ECAF");
    if (rng.chance(0.15)) networks.push("AELSN");
  }
  return [...new Set(networks)].sort(compareText);
}
