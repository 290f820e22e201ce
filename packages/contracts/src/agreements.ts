import { z } from "zod";
import { Id, IsoDateTime, Version, pageOf, patchOf } from "./common";
import { COUNTRY_CODES } from "./countries";
import { DepartmentCode } from "./identity";

/** "F  PARIS001", "D  BERLIN01", "PL WARSZAW01", "IRLDUBLIN02": country prefix padded to 3, city, 2-3 digits. */
export const ERASMUS_CODE = /^[A-Z]{1,3} {0,2}[A-Z-]{1,8}[0-9]{2,3}$/;
export const ErasmusCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine((v) => v.length >= 6 && v.length <= 16 && ERASMUS_CODE.test(v) && /^([A-Z]{3}|[A-Z]{2} |[A-Z]  )/.test(v), {
    message: 'Erasmus code format: country prefix padded to 3 characters, city, 2-3 digits (e.g. "F  PARIS001")',
  });
/** SCHAC home organisation / EWP HEI id: a lowercase domain name. */
export const SchacCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/, "A domain name such as uni-example.de");
export const CountryCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine((c) => COUNTRY_CODES.includes(c), "Unknown ISO 3166-1 alpha-2 country code");
export const Cefr = z.enum(["A1", "A2", "B1", "B2", "C1", "C2"]);
export const LanguageCode = z.string().regex(/^[a-z]{2}$/, "ISO 639-1 language code, e.g. fr");
export const IscedCode = z.string().regex(/^[0-9]{2,4}$/, "ISCED-F 2013 code, e.g. 0231");
export const EqfLevel = z.number().int().min(5).max(8);
/** Academic years are named by the calendar year they start in: 2026 = 2026-2027. */
export const AcademicYearStart = z.number().int().min(1990).max(2100);

export const Contact = z.object({
  role: z.string().trim().min(1).max(120),
  name: z.string().trim().max(200).default(""),
  email: z.string().trim().toLowerCase().email().max(254).nullable().default(null),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ().-]{4,30}$/, "Phone number, e.g. +33 1 23 45 67 89")
    .nullable()
    .default(null),
});
export type Contact = z.infer<typeof Contact>;

const PartnerFields = z.object({
  name: z.string().trim().min(1).max(300),
  nameLatin: z.string().trim().min(1).max(300),
  countryCode: CountryCode,
  city: z.string().trim().min(1).max(120),
  erasmusCode: ErasmusCode.nullable().default(null),
  schacCode: SchacCode.nullable().default(null),
  website: z.string().trim().url().max(500).nullable().default(null),
  faculties: z.array(z.string().trim().min(1).max(200)).max(100).default([]),
  contacts: z.array(Contact).max(50).default([]),
  networks: z.array(z.string().trim().min(1).max(80)).max(50).default([]),
});
export const CreatePartner = PartnerFields;
export type CreatePartner = z.input<typeof CreatePartner>;
export const UpdatePartner = patchOf(PartnerFields.shape).extend({ version: Version });
export type UpdatePartner = z.input<typeof UpdatePartner>;
export const Partner = PartnerFields.extend({
  id: Id,
  activeAgreements: z.number().int().min(0),
  version: Version,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Partner = z.infer<typeof Partner>;
export const PartnerPage = pageOf(Partner);
export const PartnerQuery = z.object({
  q: z.string().max(200).optional(),
  country: CountryCode.optional(),
  network: z.string().max(80).optional(),
  sort: z.enum(["name", "country", "city", "updatedAt"]).default("name"),
  order: z.enum(["asc", "desc"]).default("asc"),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const AGREEMENT_TYPES = ["erasmus-iia", "bilateral", "framework", "cooperation", "double-degree", "programme"] as const;
export const AgreementType = z.enum(AGREEMENT_TYPES);
export const AGREEMENT_STATUSES = [
  "draft",
  "negotiation",
  "signed-one-side",
  "active",
  "expiring",
  "expired",
  "terminated",
  "renewed",
] as const;
export const AgreementStatus = z.enum(AGREEMENT_STATUSES);
export type AgreementStatus = z.infer<typeof AgreementStatus>;
/** The status workflow: which status may follow which. */
export const STATUS_TRANSITIONS: Record<AgreementStatus, AgreementStatus[]> = {
  draft: ["negotiation", "terminated"],
  negotiation: ["draft", "signed-one-side", "terminated"],
  "signed-one-side": ["negotiation", "active", "terminated"],
  active: ["expiring", "expired", "terminated", "renewed"],
  expiring: ["active", "expired", "terminated", "renewed"],
  expired: ["renewed"],
  terminated: [],
  renewed: [],
};

export const MOBILITY_TYPES = ["student-studies", "student-traineeship", "staff-teaching", "staff-training"] as const;
export const MobilityType = z.enum(MOBILITY_TYPES);
/** sending: our people go to the partner; receiving: the partner's people come to us. */
export const Direction = z.enum(["sending", "receiving"]);

export const Condition = z.object({
  id: Id.optional(),
  direction: Direction,
  mobilityType: MobilityType,
  places: z.number().int().min(0, "Places cannot be negative").max(10_000),
  totalMonths: z.number().min(0, "Months cannot be negative").max(100_000).nullable().default(null),
  iscedCodes: z.array(IscedCode).max(50).default([]),
  eqfLevels: z.array(EqfLevel).max(4).default([]),
  languages: z.array(z.object({ language: LanguageCode, cefr: Cefr })).max(10).default([]),
  contacts: z.array(Contact.extend({ side: z.enum(["home", "partner"]) })).max(20).default([]),
});
export type Condition = z.infer<typeof Condition>;

export const Signatory = z.object({
  side: z.enum(["home", "partner"]),
  name: z.string().trim().min(1).max(200),
  role: z.string().trim().max(200).default(""),
  signedOn: z.string().date().nullable().default(null),
});

const AgreementFields = z.object({
  type: AgreementType,
  title: z.string().trim().min(1).max(300),
  partnerIds: z.array(Id).min(1, "At least one partner").max(50),
  departments: z.array(DepartmentCode).max(50).default([]),
  startYear: AcademicYearStart,
  endYear: AcademicYearStart,
  signatories: z.array(Signatory).max(10).default([]),
  notes: z.string().max(20_000).default(""),
  conditions: z.array(Condition).max(100).default([]),
});
const endNotBeforeStart = (a: { startYear?: number; endYear?: number }) =>
  a.startYear === undefined || a.endYear === undefined || a.endYear >= a.startYear;
export const CreateAgreement = AgreementFields.refine(endNotBeforeStart, {
  message: "The last academic year cannot come before the first",
  path: ["endYear"],
});
export type CreateAgreement = z.input<typeof CreateAgreement>;
export const UpdateAgreement = patchOf(AgreementFields.shape)
  .extend({ version: Version })
  .refine(endNotBeforeStart, { message: "The last academic year cannot come before the first", path: ["endYear"] });
export type UpdateAgreement = z.input<typeof UpdateAgreement>;
export const ChangeStatus = z.object({ version: Version, status: AgreementStatus, reason: z.string().max(2000).optional() });

export const Agreement = AgreementFields.extend({
  id: Id,
  reference: z.string(),
  status: AgreementStatus,
  partners: z.array(z.object({ id: Id, name: z.string(), nameLatin: z.string(), countryCode: z.string(), erasmusCode: z.string().nullable() })),
  conditions: z.array(Condition.extend({ id: Id })),
  previousId: Id.nullable(),
  nextId: Id.nullable(),
  version: Version,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Agreement = z.infer<typeof Agreement>;
export const AgreementSummary = Agreement.omit({ conditions: true, notes: true, signatories: true }).extend({
  places: z.number().int(),
});
export const AgreementPage = pageOf(AgreementSummary);
export const AgreementQuery = z.object({
  q: z.string().max(200).optional(),
  country: CountryCode.optional(),
  type: AgreementType.optional(),
  status: AgreementStatus.optional(),
  department: DepartmentCode.optional(),
  partnerId: Id.optional(),
  /** Agreements whose last academic year starts no later than this year. */
  endsBy: z.coerce.number().int().min(1990).max(2100).optional(),
  sort: z.enum(["reference", "title", "partner", "country", "startYear", "endYear", "status", "updatedAt"]).default("endYear"),
  order: z.enum(["asc", "desc"]).default("asc"),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const DOCUMENT_KINDS = ["signed-agreement", "draft", "amendment", "annex", "other"] as const;
export const AgreementDocument = z.object({
  id: Id,
  agreementId: Id,
  kind: z.enum(DOCUMENT_KINDS),
  filename: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  /** 1, 2, 3... per agreement and kind: a new upload of the same kind is the next version. */
  documentVersion: z.number().int().min(1),
  uploadedBy: z.string(),
  uploadedAt: IsoDateTime,
});
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** Places offered and used for one condition of an agreement in one academic year. */
export const Availability = z.object({
  agreementId: Id,
  conditionId: Id,
  academicYear: AcademicYearStart,
  direction: Direction,
  mobilityType: MobilityType,
  eqfLevels: z.array(EqfLevel),
  iscedCodes: z.array(IscedCode),
  places: z.number().int(),
  used: z.number().int(),
  remaining: z.number().int(),
});
export const RecordUsage = z.object({
  conditionId: Id,
  academicYear: AcademicYearStart,
  /** Positive to take places, negative to give them back (a cancelled nomination). */
  count: z.number().int().min(-100).max(100).refine((n) => n !== 0, "Count cannot be zero"),
  /** The caller's own reference (nomination id, student id...), for traceability. */
  reference: z.string().min(1).max(200),
  /** Going above the quota requires an explicit override with a reason; it is audited. */
  override: z.object({ reason: z.string().trim().min(5).max(1000) }).optional(),
});

export const CountryBreakdown = z.array(z.object({ countryCode: z.string(), agreements: z.number().int(), partners: z.number().int() }));
