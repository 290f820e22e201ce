/**
 * The shapes of the demo universe. Plain data only (strings, numbers, booleans, arrays, objects), so a universe
 * can be JSON-serialised, compared byte for byte and inserted into any database.
 *
 * Conventions: ids are UUIDs; dates are ISO calendar dates "YYYY-MM-DD"; academic years are codes "2026-2027";
 * countries are ISO 3166-1 alpha-2 codes; languages are ISO 639-1 codes; departments are referenced by code.
 */

export const STAFF_ROLES = [
  "admin",
  "erasmus",
  "incoming",
  "outgoing",
  "agreements",
  "leadership",
  "analyst",
  "coordinator",
] as const;
/** Same values as `Role` in @orbis/contracts (kept here so this package has no dependency). */
export type StaffRole = (typeof STAFF_ROLES)[number];

export const SEXES = ["F", "M", "X"] as const;
/** F female, M male, X undefined/other (as in the EU Beneficiary Module). */
export type Sex = (typeof SEXES)[number];

export const DIRECTIONS = ["outgoing", "incoming"] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const STUDY_LEVELS = ["L3", "M1", "M2", "PhD"] as const;
export type StudyLevel = (typeof STUDY_LEVELS)[number];

/** European Qualifications Framework levels of higher education: 6 bachelor, 7 master, 8 doctorate. */
export type EqfLevel = 6 | 7 | 8;

export const CEFR_LEVELS = ["A1", "A2", "B1", "B2", "C1", "C2"] as const;
export type CefrLevel = (typeof CEFR_LEVELS)[number];

export const ERASMUS_COUNTRY_GROUPS = ["G1", "G2", "G3"] as const;
export type ErasmusCountryGroup = (typeof ERASMUS_COUNTRY_GROUPS)[number];

export const WORLD_REGIONS = [
  "europe",
  "eastern-europe",
  "caucasus-central-asia",
  "middle-east",
  "north-africa",
  "sub-saharan-africa",
  "south-asia",
  "southeast-asia",
  "east-asia",
  "north-america",
  "latin-america",
] as const;
export type WorldRegion = (typeof WORLD_REGIONS)[number];

export const PROGRAMME_CODES = [
  "KA131",
  "KA171",
  "BILATERAL",
  "CUPA",
  "PQEE",
  "FLE_ASSISTANTS",
  "FREE_MOVER",
] as const;
/**
 * KA131 Erasmus+ mobility with programme countries, KA171 Erasmus+ international credit mobility, BILATERAL exchange
 * agreement outside Erasmus+, CUPA and PQEE programme agreements (Chicago; Quebec exchange programme),
 * FLE_ASSISTANTS French language assistants abroad (outgoing only), FREE_MOVER (incoming only, no agreement).
 */
export type ProgrammeCode = (typeof PROGRAMME_CODES)[number];

export const MOBILITY_TYPES = ["student-studies", "student-traineeship", "staff-teaching", "staff-training"] as const;
export type MobilityType = (typeof MOBILITY_TYPES)[number];

export const AGREEMENT_TYPES = ["erasmus-iia", "bilateral", "framework", "double-degree", "programme"] as const;
/**
 * erasmus-iia: Erasmus+ inter-institutional agreement (KA131 with programme countries, KA171 with partner countries);
 * bilateral: exchange agreement outside Erasmus+; framework: accord-cadre without mobility conditions;
 * double-degree; programme: CUPA or PQEE.
 */
export type AgreementType = (typeof AGREEMENT_TYPES)[number];

export const AGREEMENT_STATUSES = ["draft", "negotiation", "signed", "active", "expired", "suspended"] as const;
/**
 * Relative to the universe's reference date: draft and negotiation are not signed (they cover nothing); signed starts
 * in a later academic year; active covers the current one; expired ended before it; suspended stopped being usable
 * from `suspendedFromYear` on.
 */
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const MOBILITY_STATUSES = ["planned", "in-progress", "completed", "cancelled", "interrupted"] as const;
export type MobilityStatus = (typeof MOBILITY_STATUSES)[number];

export const MOBILITY_PERIODS = ["autumn", "spring", "full-year", "short-term", "traineeship", "assistantship"] as const;
export type MobilityPeriod = (typeof MOBILITY_PERIODS)[number];

export type LocalizedName = { fr: string; en: string };

export interface HomeInstitution {
  nameFr: string;
  nameEn: string;
  countryCode: string;
  city: string;
  latitude: number;
  longitude: number;
  erasmusCode: string;
  schacCode: string;
  website: string;
}

export interface Department {
  /** Uppercase code, e.g. "CHINESE" (matches `DepartmentCode` in @orbis/contracts). */
  code: string;
  nameFr: string;
  nameEn: string;
  /** Languages taught (ISO 639-1 where one exists, else ISO 639-3, e.g. "nah"). */
  languages: string[];
  /** ISCED-F 2013 detailed field codes the department's courses belong to, main field first. */
  iscedCodes: string[];
}

export interface Network {
  code: string;
  name: string;
  kind: "alliance" | "network";
}

export interface Country {
  /** ISO 3166-1 alpha-2. */
  code: string;
  nameFr: string;
  nameEn: string;
  region: WorldRegion;
  /** Languages of instruction, main first (ISO 639-1). */
  languages: string[];
  /** Erasmus+ 2021-2027: EU member states and associated third countries are "programme"; all others "partner". */
  erasmusStatus: "programme" | "partner";
  /** Country group for the 2021-2023 calls (programme countries only). */
  erasmusGroup2021: ErasmusCountryGroup | null;
  /** Country group from the 2024 call on (programme countries only). */
  erasmusGroup2024: ErasmusCountryGroup | null;
  /** KA171 region number (1-14) for partner countries, null for programme countries. */
  erasmusPartnerRegion: number | null;
  /** Prefix of the Erasmus codes issued in the country ("D", "E", "PL", "IRL"...), null when none are issued. */
  erasmusCodePrefix: string | null;
}

export interface AcademicYear {
  id: string;
  /** "2026-2027". */
  code: string;
  startYear: number;
  /** 1 September. */
  startDate: string;
  /** 31 August of the next year. */
  endDate: string;
  isCurrent: boolean;
}

export interface StaffMember {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  /** "Firstname Lastname". */
  name: string;
  sex: Sex;
  kind: "academic" | "administrative";
  jobTitle: LocalizedName;
  /** Null for central services (the DRI, the presidency). */
  department: string | null;
  /** Platform roles; staff without roles have no intranet account. */
  roles: StaffRole[];
  /** Departments a coordinator is scoped to. */
  scopes: string[];
  /** One of the ten accounts listed in the demo instructions. */
  isDemoAccount: boolean;
}

export interface Partner {
  id: string;
  /** Name in the original language and script. */
  name: string;
  /** Name in Latin script: the original when it is written in Latin script, else the usual romanised/English form. */
  nameLatin: string;
  nameEn: string;
  countryCode: string;
  /** City in its usual English/Latin form. */
  city: string;
  /** City in the original language and script. */
  cityLocal: string;
  latitude: number;
  longitude: number;
  /** Erasmus code (e.g. "D  BERLIN01"); set for institutions of countries that issue Erasmus codes. */
  erasmusCode: string | null;
  /** SCHAC home organisation identifier: the institution's domain (also its EWP HEI id). */
  schacCode: string;
  website: string;
  /** Departments that cooperate with the institution. */
  departments: string[];
  /** Codes of the alliances and networks the institution belongs to (see `Universe.networks`). */
  networks: string[];
  /** Academic year of the first agreement (may precede the ten years of the universe). */
  cooperationSince: string;
}

export interface LanguageRequirement {
  language: string;
  cefr: CefrLevel;
}

export interface CooperationCondition {
  direction: Direction;
  mobilityType: MobilityType;
  /** Number of mobilities per academic year. */
  places: number;
  /** Total months per academic year (student mobility), else null. */
  monthsPerYear: number | null;
  /** Total days per academic year (staff mobility), else null. */
  daysPerYear: number | null;
  iscedCodes: string[];
  eqfLevels: EqfLevel[];
  /** Required level in one of these languages (any one suffices). */
  languageRequirements: LanguageRequirement[];
}

export interface Agreement {
  id: string;
  /** Internal reference, e.g. "IIA-2021-0042". */
  reference: string;
  partnerId: string;
  type: AgreementType;
  /** Programme the agreement's mobilities belong to; null for framework agreements. */
  programme: ProgrammeCode | null;
  departments: string[];
  /** First academic year covered ("2021-2022"); may precede the universe's ten years. */
  startYear: string;
  /** Last academic year covered; may follow the universe's ten years. */
  endYear: string;
  status: AgreementStatus;
  /** First academic year no longer covered because cooperation was suspended; null otherwise. */
  suspendedFromYear: string | null;
  /** Date of the last signature; null while draft or in negotiation. */
  signedOn: string | null;
  conditions: CooperationCondition[];
}

export interface Student {
  id: string;
  studentNumber: string;
  firstName: string;
  lastName: string;
  email: string;
  sex: Sex;
  birthDate: string;
  /** ISO 3166-1 alpha-2. */
  nationality: string;
  /** Home department for outgoing students, host department for incoming ones. */
  department: string;
  /** Level at the student's first mobility. */
  level: StudyLevel;
  direction: Direction;
  /** French "boursier sur critères sociaux" (always false for incoming students). */
  scholarshipHolder: boolean;
  disability: boolean;
  /** "Fewer opportunities" in the sense of Regulation (EU) 2021/817 art. 2. */
  fewerOpportunities: boolean;
}

/** A host or home institution that is not a partner (traineeships, language assistantships, free movers). */
export interface ExternalInstitution {
  name: string;
  nameLatin: string;
  city: string;
  countryCode: string;
}

/** An incoming staff member (not one of the institution's staff). */
export interface VisitingStaff {
  firstName: string;
  lastName: string;
  sex: Sex;
  email: string;
}

export interface Mobility {
  id: string;
  direction: Direction;
  participantType: "student" | "staff";
  mobilityType: MobilityType;
  /** Exactly one of studentId, staffId and visitingStaff is set. */
  studentId: string | null;
  staffId: string | null;
  visitingStaff: VisitingStaff | null;
  /** Exactly one of partnerId and externalInstitution is set. */
  partnerId: string | null;
  /** Set whenever partnerId is; the agreement covers the mobility's department (if any) and academic year. */
  agreementId: string | null;
  externalInstitution: ExternalInstitution | null;
  /** Country and city of the other institution (destination when outgoing, origin when incoming). */
  countryCode: string;
  city: string;
  programme: ProgrammeCode;
  academicYear: string;
  /** Department at the home institution; null for central staff. */
  department: string | null;
  level: StudyLevel | null;
  eqfLevel: EqfLevel | null;
  /** ISCED-F 2013 field code. */
  iscedCode: string;
  period: MobilityPeriod;
  /** Short-term mobility (5-30 days for students: doctoral or blended). Staff mobilities are always short-term. */
  shortTerm: boolean;
  /** Combines the physical stay with a virtual component. */
  blended: boolean;
  greenTravel: boolean;
  startDate: string;
  /** Actual end date (the planned one unless interrupted). */
  endDate: string;
  plannedEndDate: string;
  /** Days from start to end, both included. */
  durationDays: number;
  /** durationDays / 30, rounded to two decimals (a month counts as 30 days). */
  durationMonths: number;
  status: MobilityStatus;
  /** ECTS credits in the learning agreement; null when none (staff, assistantships, short doctoral stays). */
  ectsPlanned: number | null;
  /** ECTS credits recognised after the mobility; null until then. */
  ectsEarned: number | null;
}

export interface UniverseOptions {
  /** Any integer; default 20261123. */
  seed?: number;
  /** Multiplies the numbers of partners, students, mobilities and teaching staff; default 1. Must be > 0. */
  scale?: number;
  /** "Today" for statuses, as an ISO date; default "2026-11-23". The current academic year contains it. */
  referenceDate?: string;
}

export interface Universe {
  seed: number;
  scale: number;
  referenceDate: string;
  /** Code of the academic year containing the reference date. */
  currentAcademicYear: string;
  institution: HomeInstitution;
  departments: Department[];
  networks: Network[];
  countries: Country[];
  academicYears: AcademicYear[];
  staff: StaffMember[];
  partners: Partner[];
  agreements: Agreement[];
  students: Student[];
  mobilities: Mobility[];
}
