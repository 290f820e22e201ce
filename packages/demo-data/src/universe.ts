import { dayNumber, formatIsoDate, parseIsoDate } from "./core/dates";
import { createIdFactory } from "./core/ids";
import { Random } from "./core/random";
import type { CountrySeed } from "./data/countries";
import { COUNTRY_SEEDS, GROUPS_2021, GROUPS_2024, HOME_CITY } from "./data/countries";
import { DEPARTMENT_SEEDS } from "./data/departments";
import { NETWORKS } from "./data/networks";
import { buildAgreements } from "./build/agreements";
import { EligibilityIndex } from "./build/eligibility";
import type { InstitutionCandidate } from "./build/institutions";
import { institutionCatalogue } from "./build/institutions";
import { selectPartners } from "./build/partners";
import { buildStaff } from "./build/staff";
import { buildStaffMobilities } from "./build/staff-mobilities";
import { buildStudentMobilities } from "./build/student-mobilities";
import { StudentFactory } from "./build/students";
import { academicYearCode, academicYearOfDate, academicYearStart } from "./build/years";
import { compareText } from "./core/text";
import type { AcademicYear, Country, ErasmusCountryGroup, HomeInstitution, Partner, Universe, UniverseOptions } from "./types";

export const DEFAULT_SEED = 20261123;
export const DEFAULT_REFERENCE_DATE = "2026-11-23";
export const EARLIEST_REFERENCE_DATE = "2015-09-01";
/** The universe covers this many academic years, ending with the current one. */
export const YEARS_COVERED = 10;

export const HOME_INSTITUTION: HomeInstitution = {
  nameFr: "Institut des langues et civilisations du monde",
  nameEn: "Institute of World Languages and Civilisations",
  countryCode: "FR",
  city: HOME_CITY.name,
  latitude: HOME_CITY.lat,
  longitude: HOME_CITY.lon,
  erasmusCode: "F  PARIS270",
  schacCode: "orbis.test",
  website: "https://www.orbis.test/",
};

function validate(options: UniverseOptions): { seed: number; scale: number; referenceDate: string } {
  const seed = options.seed ?? DEFAULT_SEED;
  const scale = options.scale ?? 1;
  const referenceDate = options.referenceDate ?? DEFAULT_REFERENCE_DATE;
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 100) throw new RangeError(`scale must be in (0, 100], got ${scale}`);
  parseIsoDate(referenceDate);
  // The universe models Erasmus+ (from 2014): its current year must be one of the programme's.
  if (referenceDate < EARLIEST_REFERENCE_DATE) throw new RangeError(`referenceDate must be ${EARLIEST_REFERENCE_DATE} or later, got ${referenceDate}`);
  return { seed, scale, referenceDate };
}

function groupOf(code: string, groups: Record<string, readonly string[]>): ErasmusCountryGroup | null {
  for (const [group, members] of Object.entries(groups)) if (members.includes(code)) return group as ErasmusCountryGroup;
  return null;
}

function toCountry(seed: CountrySeed): Country {
  const programme = seed.erasmusStatus === "programme";
  return {
    code: seed.code,
    nameFr: seed.nameFr,
    nameEn: seed.nameEn,
    region: seed.region,
    languages: [...seed.languages],
    erasmusStatus: seed.erasmusStatus,
    erasmusGroup2021: programme ? (groupOf(seed.code, GROUPS_2021) ?? "G3") : null,
    erasmusGroup2024: programme ? groupOf(seed.code, GROUPS_2024) : null,
    erasmusPartnerRegion: seed.erasmusPartnerRegion,
    erasmusCodePrefix: seed.erasmusCodePrefix,
  };
}

function academicYears(id: (kind: string, name: string) => string, first: number, current: number): AcademicYear[] {
  const years: AcademicYear[] = [];
  for (let year = first; year <= current; year++) {
    const code = academicYearCode(year);
    years.push({
      id: id("academic-year", code),
      code,
      startYear: year,
      startDate: formatIsoDate(dayNumber(year, 9, 1)),
      endDate: formatIsoDate(dayNumber(year + 1, 8, 31)),
      isCurrent: year === current,
    });
  }
  return years;
}

function groupByCountry(candidates: readonly InstitutionCandidate[]): Map<string, InstitutionCandidate[]> {
  const groups = new Map<string, InstitutionCandidate[]>();
  for (const candidate of candidates) {
    const list = groups.get(candidate.country.code);
    if (list) list.push(candidate);
    else groups.set(candidate.country.code, [candidate]);
  }
  return groups;
}

/**
 * Generates the demo universe: the same options always give the same (deeply equal, identically serialised) data.
 * Pure: no I/O, no clock, no global randomness.
 */
export function generateUniverse(options: UniverseOptions = {}): Universe {
  const { seed, scale, referenceDate } = validate(options);
  const rng = new Random(seed >>> 0);
  const id = createIdFactory(seed);
  const currentYear = academicYearStart(academicYearOfDate(referenceDate));
  const firstYear = currentYear - YEARS_COVERED + 1;

  const countrySeeds = new Map(COUNTRY_SEEDS.map((c) => [c.code, c]));
  const staff = buildStaff(rng.fork("staff"), id, scale);

  const selection = selectPartners(rng.fork("partners"), scale, institutionCatalogue());
  const drafts = selection.partners.map((draft) => ({ draft, partnerId: id("partner", draft.candidate.key) }));
  const agreements = buildAgreements(rng.fork("agreements"), id, drafts, { first: firstYear, current: currentYear });
  const cooperationSince = new Map<string, string>();
  for (const agreement of agreements) {
    const known = cooperationSince.get(agreement.partnerId);
    if (known === undefined || compareText(agreement.startYear, known) < 0) cooperationSince.set(agreement.partnerId, agreement.startYear);
  }
  const partners: Partner[] = drafts.map(({ draft, partnerId }) => ({
    id: partnerId,
    name: draft.candidate.name,
    nameLatin: draft.candidate.nameLatin,
    nameEn: draft.candidate.nameEn,
    countryCode: draft.country.code,
    city: draft.candidate.city.name,
    cityLocal: draft.candidate.city.local,
    latitude: draft.candidate.city.lat,
    longitude: draft.candidate.city.lon,
    erasmusCode: draft.erasmusCode,
    schacCode: draft.schacCode,
    website: `https://www.${draft.schacCode}/`,
    departments: draft.departments,
    networks: draft.networks,
    cooperationSince: cooperationSince.get(partnerId) as string,
  }));

  const years = Array.from({ length: YEARS_COVERED }, (_, i) => firstYear + i);
  const index = new EligibilityIndex(agreements, new Map(partners.map((p) => [p.id, p])), countrySeeds, years);
  const students = new StudentFactory(id, firstYear);
  const context = {
    rng: rng.fork("mobilities"),
    id,
    scale,
    firstYear,
    currentYear,
    reference: parseIsoDate(referenceDate),
    countries: countrySeeds,
    index,
    students,
    others: selection.others,
    othersByCountry: groupByCountry(selection.others),
  };
  const mobilities = [...buildStudentMobilities(context), ...buildStaffMobilities(context, staff)].sort(
    (a, b) => compareText(a.startDate, b.startDate) || compareText(a.id, b.id),
  );

  return {
    seed,
    scale,
    referenceDate,
    currentAcademicYear: academicYearCode(currentYear),
    institution: { ...HOME_INSTITUTION },
    departments: DEPARTMENT_SEEDS.map(({ code, nameFr, nameEn, languages, iscedCodes }) => ({ code, nameFr, nameEn, languages: [...languages], iscedCodes: [...iscedCodes] })),
    networks: NETWORKS.map((n) => ({ ...n })),
    countries: COUNTRY_SEEDS.map(toCountry).sort((a, b) => compareText(a.code, b.code)),
    academicYears: academicYears(id, firstYear, currentYear),
    staff,
    partners,
    agreements,
    students: students.students,
    mobilities,
  };
}
