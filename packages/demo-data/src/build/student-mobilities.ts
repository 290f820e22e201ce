import { dayNumber } from "../core/dates";
import type { Random } from "../core/random";
import type { CountrySeed } from "../data/countries";
import { COUNTRY_SEEDS } from "../data/countries";
import type { DepartmentSeed } from "../data/departments";
import { DEPARTMENT_SEEDS } from "../data/departments";
import type { Mobility, MobilityPeriod, Student, StudyLevel } from "../types";
import type { SemesterPeriod } from "./calendar";
import { dayInTeachingYear, studyDates } from "./calendar";
import type { MobilityContext } from "./context";
import { isInEurope, yearWeight } from "./context";
import type { Option } from "./eligibility";
import { externalFrom, traineeshipHost } from "./hosts";
import { EQF_OF_LEVEL, assembleMobility, blended, greenTravel, pickIsced } from "./mobility-record";
import { decideOutcome } from "./outcomes";

/** Student mobilities per academic year at scale 1, before the yearly weights. */
const OUTGOING_PER_YEAR = 87;
const INCOMING_PER_YEAR = 63;
const CANCELLATION = 0.025;
const INTERRUPTION = 0.012;

const OUTGOING_LEVELS: readonly [StudyLevel, number][] = [["L3", 48], ["M1", 30], ["M2", 12], ["PhD", 10]];
const INCOMING_LEVELS: readonly [StudyLevel, number][] = [["L3", 45], ["M1", 35], ["M2", 15], ["PhD", 5]];
const NEXT_LEVEL: Partial<Record<StudyLevel, StudyLevel>> = { L3: "M1", M1: "M2" };
/** Host countries of French language assistants (relative weights). */
const ASSISTANT_COUNTRIES: Record<string, number> = { GB: 4, US: 3, DE: 2, ES: 2, IE: 1, AT: 1, IT: 1, CN: 1, JP: 1, KR: 1, MX: 1 };
const ASIA = new Set(["east-asia", "south-asia", "southeast-asia"]);

const departmentSeed = (code: string) => DEPARTMENT_SEEDS.find((d) => d.code === code) as DepartmentSeed;
const weightedLevel = (rng: Random, levels: readonly [StudyLevel, number][]) => rng.weighted(levels, ([, w]) => w)[0];

interface Made {
  mobility: Mobility;
  student: Student;
}

interface Returning {
  student: Student;
  level: StudyLevel;
}

export function buildStudentMobilities(ctx: MobilityContext): Mobility[] {
  const mobilities: Mobility[] = [];
  const returning = new Map<number, Returning[]>();
  const partnerCountries = COUNTRY_SEEDS.filter((c) => c.partnerWeight > 0);
  const programmeCountries = partnerCountries.filter((c) => c.erasmusStatus === "programme");

  for (let year = ctx.firstYear; year <= ctx.currentYear; year++) {
    const weight = yearWeight(year, "student") * ctx.scale;

    const out = ctx.rng.fork(`outgoing-students/${year}`);
    const queue = returning.get(year) ?? [];
    const outgoingCount = Math.round(OUTGOING_PER_YEAR * weight);
    for (let slot = 0; slot < outgoingCount; slot++) {
      const back = queue.shift();
      const id = ctx.id("mobility", `${year}/outgoing-student/${slot}`);
      const route = out.next();
      let made: Made | null;
      if (!back && route < 0.04 && year !== 2020) made = assistantship(ctx, out, id, year, partnerCountries);
      else if (!back && route < 0.1) made = traineeship(ctx, out, id, year, programmeCountries);
      else made = outgoingStudies(ctx, out, id, year, back);
      if (!made) continue;
      const { mobility, student } = made;
      mobilities.push(mobility);
      const next = mobility.level ? NEXT_LEVEL[mobility.level] : undefined;
      if (!back && next && mobility.mobilityType === "student-studies" && year < ctx.currentYear && out.chance(0.07)) {
        const list = returning.get(year + 1) ?? [];
        list.push({ student, level: next });
        returning.set(year + 1, list);
      }
    }

    const inc = ctx.rng.fork(`incoming-students/${year}`);
    const incomingCount = Math.round(INCOMING_PER_YEAR * weight);
    for (let slot = 0; slot < incomingCount; slot++) {
      const made = incomingStudies(ctx, inc, ctx.id("mobility", `${year}/incoming-student/${slot}`), year, partnerCountries);
      if (made) mobilities.push(made.mobility);
    }
  }
  return mobilities;
}

/** An agreement with places for a student of a department drawn by weight (or of the given department). */
function pickOption(
  ctx: MobilityContext,
  rng: Random,
  year: number,
  direction: "outgoing" | "incoming",
  department: string | null,
  level: StudyLevel,
): { option: Option; department: string } | null {
  const weightOf = (d: DepartmentSeed) => (direction === "outgoing" ? d.outgoingWeight : d.incomingWeight);
  for (let attempt = 0; attempt < 6; attempt++) {
    const code = department ?? rng.weighted(DEPARTMENT_SEEDS, weightOf).code;
    const option = ctx.index.pick(rng, year, direction, "student-studies", code, EQF_OF_LEVEL[level]);
    if (option) return { option, department: code };
    if (department) return null; // A returning student keeps their department.
  }
  return null;
}

function semester(rng: Random, fullYearShare: number): SemesterPeriod {
  const roll = rng.next();
  return roll < fullYearShare ? "full-year" : roll < fullYearShare + (1 - fullYearShare) * 0.55 ? "autumn" : "spring";
}

function plannedCredits(rng: Random, period: MobilityPeriod): number | null {
  if (period === "full-year") return rng.pick([60, 60, 60, 54, 50]);
  if (period === "autumn" || period === "spring") return rng.pick([30, 30, 30, 27, 25, 24, 20]);
  return null;
}

function outgoingStudies(ctx: MobilityContext, rng: Random, id: string, year: number, back: Returning | undefined): Made | null {
  const level = back?.level ?? weightedLevel(rng, OUTGOING_LEVELS);
  const picked = pickOption(ctx, rng, year, "outgoing", back?.student.department ?? null, level);
  if (!picked) return null;
  const { option, department } = picked;
  const student = back?.student ?? ctx.students.create(rng, { direction: "outgoing", department, level, year, nationality: outgoingNationality(rng) });
  const { agreement, condition, partner, country } = option;

  let period: MobilityPeriod;
  let start: number;
  let plannedEnd: number;
  const shortTerm = level === "PhD" && agreement.programme === "KA131" && rng.chance(0.4);
  if (shortTerm) {
    period = "short-term";
    start = dayInTeachingYear(rng, year);
    plannedEnd = start + rng.int(4, 29);
  } else {
    const programmeAgreement = agreement.programme === "CUPA" || agreement.programme === "PQEE";
    const semesterPeriod = semester(rng, programmeAgreement ? 0.6 : ASIA.has(country.region) ? 0.4 : 0.25);
    period = semesterPeriod;
    ({ start, end: plannedEnd } = studyDates(rng, country.calendar, year, semesterPeriod));
  }
  const inEurope = isInEurope(country);
  const outcome = decideOutcome(rng, { direction: "outgoing", start, plannedEnd, year, countryCode: country.code, inEurope, reference: ctx.reference, cancellationShare: CANCELLATION, interruptionShare: INTERRUPTION });
  const mobility = assembleMobility(
    rng,
    {
      id,
      direction: "outgoing",
      participantType: "student",
      mobilityType: "student-studies",
      studentId: student.id,
      staffId: null,
      visitingStaff: null,
      partnerId: partner.id,
      agreementId: agreement.id,
      externalInstitution: null,
      countryCode: country.code,
      city: partner.city,
      programme: agreement.programme ?? "BILATERAL",
      department: student.department,
      level,
      eqfLevel: EQF_OF_LEVEL[level],
      iscedCode: pickIsced(rng, condition.iscedCodes, departmentSeed(student.department).iscedCodes),
      period,
      shortTerm,
      blended: blended(rng, year),
      greenTravel: greenTravel(rng, year, inEurope),
      ectsPlanned: shortTerm ? null : plannedCredits(rng, period),
    },
    year,
    start,
    plannedEnd,
    outcome,
  );
  return { mobility, student };
}

function outgoingNationality(rng: Random): CountrySeed {
  if (rng.chance(0.82)) return COUNTRY_SEEDS.find((c) => c.code === "FR") as CountrySeed;
  return rng.weighted(COUNTRY_SEEDS, (c) => c.outgoingNationalityWeight);
}

function traineeship(ctx: MobilityContext, rng: Random, id: string, year: number, countries: readonly CountrySeed[]): Made {
  const level: StudyLevel = rng.chance(0.4) ? "M1" : "M2";
  const department = rng.weighted(DEPARTMENT_SEEDS, (d) => d.outgoingWeight);
  const country = rng.weighted(countries, (c) => c.partnerWeight);
  const host = traineeshipHost(rng, country);
  const student = ctx.students.create(rng, { direction: "outgoing", department: department.code, level, year, nationality: outgoingNationality(rng) });
  const start = rng.chance(0.7) ? dayNumber(year + 1, rng.int(2, 5), 1) + rng.int(0, 27) : dayNumber(year, 9, 15) + rng.int(0, 30);
  const plannedEnd = start + rng.int(60, 180);
  const inEurope = isInEurope(country);
  const outcome = decideOutcome(rng, { direction: "outgoing", start, plannedEnd, year, countryCode: country.code, inEurope, reference: ctx.reference, cancellationShare: CANCELLATION, interruptionShare: INTERRUPTION });
  const mobility = assembleMobility(
    rng,
    {
      id,
      direction: "outgoing",
      participantType: "student",
      mobilityType: "student-traineeship",
      studentId: student.id,
      staffId: null,
      visitingStaff: null,
      partnerId: null,
      agreementId: null,
      externalInstitution: host,
      countryCode: country.code,
      city: host.city,
      programme: "KA131",
      department: department.code,
      level,
      eqfLevel: EQF_OF_LEVEL[level],
      iscedCode: department.iscedCodes[0] as string,
      period: "traineeship",
      shortTerm: false,
      blended: false,
      greenTravel: greenTravel(rng, year, inEurope),
      ectsPlanned: rng.pick([null, null, 6, 10, 15]),
    },
    year,
    start,
    plannedEnd,
    outcome,
  );
  return { mobility, student };
}

function assistantship(ctx: MobilityContext, rng: Random, id: string, year: number, countries: readonly CountrySeed[]): Made {
  const level: StudyLevel = rng.chance(0.6) ? "M1" : "M2";
  const department = rng.weighted(DEPARTMENT_SEEDS, (d) => d.outgoingWeight);
  const country = rng.weighted(countries, (c) => ASSISTANT_COUNTRIES[c.code] ?? 0);
  const local = ctx.othersByCountry.get(country.code) ?? [];
  const host = externalFrom(local.length > 0 ? rng.pick(local) : rng.pick(ctx.others));
  const student = ctx.students.create(rng, { direction: "outgoing", department: department.code, level, year, nationality: COUNTRY_SEEDS[0] as CountrySeed });
  const start = dayNumber(year, 10, 1) + rng.int(-2, 3);
  const plannedEnd = dayNumber(year + 1, 4, 30) + rng.int(-5, 5);
  const inEurope = isInEurope(country);
  const outcome = decideOutcome(rng, { direction: "outgoing", start, plannedEnd, year, countryCode: host.countryCode, inEurope, reference: ctx.reference, cancellationShare: CANCELLATION, interruptionShare: INTERRUPTION });
  const mobility = assembleMobility(
    rng,
    {
      id,
      direction: "outgoing",
      participantType: "student",
      mobilityType: "student-traineeship",
      studentId: student.id,
      staffId: null,
      visitingStaff: null,
      partnerId: null,
      agreementId: null,
      externalInstitution: host,
      countryCode: host.countryCode,
      city: host.city,
      programme: "FLE_ASSISTANTS",
      department: department.code,
      level,
      eqfLevel: EQF_OF_LEVEL[level],
      iscedCode: "0231",
      period: "assistantship",
      shortTerm: false,
      blended: false,
      greenTravel: greenTravel(rng, year, inEurope),
      ectsPlanned: null,
    },
    year,
    start,
    plannedEnd,
    outcome,
  );
  return { mobility, student };
}

function incomingStudies(ctx: MobilityContext, rng: Random, id: string, year: number, partnerCountries: readonly CountrySeed[]): Made | null {
  const level = weightedLevel(rng, INCOMING_LEVELS);
  const freeMover = rng.chance(0.08);
  let option: Option | null = null;
  let department: string;
  let country: CountrySeed;
  if (freeMover) {
    country = rng.weighted(partnerCountries, (c) => c.partnerWeight);
    department = rng.weighted(DEPARTMENT_SEEDS, (d) => (d.code === "CEE" || country.departments.includes(d.code) ? d.incomingWeight : d.incomingWeight / 10)).code;
  } else {
    const picked = pickOption(ctx, rng, year, "incoming", null, level);
    if (!picked) return null;
    ({ option, department } = picked);
    country = option.country;
  }
  const local = ctx.othersByCountry.get(country.code) ?? [];
  const external = option ? null : externalFrom(local.length > 0 ? rng.pick(local) : rng.pick(ctx.others));
  const nationality = rng.chance(0.88) ? country : rng.weighted(partnerCountries, (c) => c.partnerWeight);
  const student = ctx.students.create(rng, { direction: "incoming", department, level, year, nationality });
  const period = semester(rng, 0.25);
  const { start, end: plannedEnd } = studyDates(rng, "fr", year, period);
  const inEurope = isInEurope(country);
  const outcome = decideOutcome(rng, { direction: "incoming", start, plannedEnd, year, countryCode: country.code, inEurope, reference: ctx.reference, cancellationShare: CANCELLATION, interruptionShare: INTERRUPTION });
  const mobility = assembleMobility(
    rng,
    {
      id,
      direction: "incoming",
      participantType: "student",
      mobilityType: "student-studies",
      studentId: student.id,
      staffId: null,
      visitingStaff: null,
      partnerId: option ? option.partner.id : null,
      agreementId: option ? option.agreement.id : null,
      externalInstitution: external,
      countryCode: country.code,
      city: option ? option.partner.city : (external as NonNullable<typeof external>).city,
      programme: option ? (option.agreement.programme ?? "BILATERAL") : "FREE_MOVER",
      department,
      level,
      eqfLevel: EQF_OF_LEVEL[level],
      iscedCode: pickIsced(rng, option?.condition.iscedCodes ?? [], departmentSeed(department).iscedCodes),
      period,
      shortTerm: false,
      blended: blended(rng, year),
      greenTravel: greenTravel(rng, year, inEurope),
      ectsPlanned: plannedCredits(rng, period),
    },
    year,
    start,
    plannedEnd,
    outcome,
  );
  return { mobility, student };
}
