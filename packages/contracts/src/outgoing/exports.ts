import { z } from "zod";
import { Id, IsoDateTime, pageOf } from "../common";
import { AcademicYearStart, CountryCode, DepartmentCode, EqfLevel, IscedCode, IsoDate, MobilityStatus, MobilityType, OutgoingProgramme, Sex, StudentIdentity, StudyLevel } from "./common";

/**
 * The analytics export of outgoing mobilities: pseudonymous (no names, emails or student numbers). A change of field
 * meaning or a removed field bumps the version; new fields may be added within a version.
 */
export const MOBILITY_EXPORT_CONTRACT = "outgoing.mobilities";
export const MOBILITY_EXPORT_VERSION = 1;

export const MobilityExportRow = z.object({
  id: Id,
  academicYear: AcademicYearStart,
  programme: OutgoingProgramme,
  mobilityType: MobilityType,
  department: DepartmentCode,
  level: StudyLevel,
  eqfLevel: EqfLevel,
  iscedCode: IscedCode,
  sex: Sex,
  nationality: CountryCode,
  scholarshipHolder: z.boolean(),
  disability: z.boolean(),
  fewerOpportunities: z.boolean(),
  hostCountry: CountryCode,
  partnerId: Id.nullable(),
  agreementId: Id.nullable(),
  plannedStart: IsoDate,
  plannedEnd: IsoDate,
  actualStart: IsoDate.nullable(),
  actualEnd: IsoDate.nullable(),
  /** Days abroad, both ends included: the actual dates when both are known, else the planned ones. */
  durationDays: z.number().int(),
  status: MobilityStatus,
  updatedAt: IsoDateTime,
});
export type MobilityExportRow = z.infer<typeof MobilityExportRow>;
export const MOBILITY_EXPORT_FIELDS = Object.keys(MobilityExportRow.shape) as Array<keyof MobilityExportRow>;

/** The first NDJSON line of the export. */
export const MobilityExportHeader = z.object({
  contract: z.literal(MOBILITY_EXPORT_CONTRACT),
  version: z.literal(MOBILITY_EXPORT_VERSION),
  generatedAt: IsoDateTime,
  since: IsoDateTime.nullable(),
  fields: z.array(z.string()),
});
export type MobilityExportHeader = z.infer<typeof MobilityExportHeader>;

export const MobilityExportQuery = z.object({
  /** Only mobilities changed at or after this instant (incremental loads). */
  since: IsoDateTime.optional(),
  format: z.enum(["ndjson", "csv"]).default("ndjson"),
});

/** What the Erasmus+ service needs to compute and pay grants: the student's identity is included (it pays them). */
export const ErasmusMobility = z.object({
  id: Id,
  student: StudentIdentity.pick({ studentNumber: true, firstName: true, lastName: true, email: true, sex: true, nationality: true, department: true }),
  programme: OutgoingProgramme,
  mobilityType: MobilityType,
  academicYear: AcademicYearStart,
  level: StudyLevel,
  eqfLevel: EqfLevel,
  iscedCode: IscedCode,
  hostCountry: CountryCode,
  hostName: z.string(),
  hostCity: z.string(),
  partnerId: Id.nullable(),
  agreementId: Id.nullable(),
  plannedStart: IsoDate,
  plannedEnd: IsoDate,
  actualStart: IsoDate.nullable(),
  actualEnd: IsoDate.nullable(),
  fewerOpportunities: z.boolean(),
  scholarshipHolder: z.boolean(),
  disability: z.boolean(),
  status: MobilityStatus,
  updatedAt: IsoDateTime,
});
export type ErasmusMobility = z.infer<typeof ErasmusMobility>;
export const ErasmusMobilityPage = pageOf(ErasmusMobility);
export const ErasmusMobilityQuery = z.object({
  academicYear: z.coerce.number().int().min(1990).max(2100).optional(),
  since: IsoDateTime.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
