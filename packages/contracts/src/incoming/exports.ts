import { z } from "zod";
import { Id, IsoDateTime } from "../common";
import { CountryCode, DepartmentCode, EqfLevel, IncomingKind, IncomingProgramme, IncomingStatus, IscedCode, IsoDate, Sex, StayPeriod, StudyLevel } from "./common";

export const STUDENT_EXPORT_CONTRACT = "incoming.students";
export const STUDENT_EXPORT_VERSION = 1;

/** Pseudonymous: the stay's id stands for the student (no name, email, birth date or student number). */
export const StudentExportRow = z.object({
  id: Id,
  academicYear: z.number().int(),
  kind: IncomingKind,
  programme: IncomingProgramme,
  status: IncomingStatus,
  department: DepartmentCode,
  level: StudyLevel,
  eqfLevel: EqfLevel,
  iscedCode: IscedCode,
  sex: Sex,
  nationality: CountryCode,
  homeCountry: CountryCode,
  partnerId: Id.nullable(),
  agreementId: Id.nullable(),
  period: StayPeriod,
  plannedArrival: IsoDate,
  plannedDeparture: IsoDate,
  actualArrival: IsoDate.nullable(),
  actualDeparture: IsoDate.nullable(),
  /** Actual dates when known, planned otherwise; both ends included. */
  durationDays: z.number().int(),
  /** ECTS credits obtained in the courses of the learning agreement so far. */
  ectsObtained: z.number(),
  updatedAt: IsoDateTime,
});
export type StudentExportRow = z.infer<typeof StudentExportRow>;

export const STUDENT_EXPORT_FIELDS = Object.keys(StudentExportRow.shape) as Array<keyof StudentExportRow>;

export const StudentExportHeader = z.object({
  contract: z.literal(STUDENT_EXPORT_CONTRACT),
  version: z.literal(STUDENT_EXPORT_VERSION),
  generatedAt: IsoDateTime,
  since: IsoDateTime.nullable(),
  fields: z.array(z.string()),
});
export type StudentExportHeader = z.infer<typeof StudentExportHeader>;

export const StudentExportQuery = z.object({
  /** Only the stays changed since this instant (incremental loads). */
  since: IsoDateTime.optional(),
  format: z.enum(["ndjson", "csv"]).default("ndjson"),
});
