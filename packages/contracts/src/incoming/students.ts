import { z } from "zod";
import { Id, IsoDateTime, Version, pageOf } from "../common";
import {
  AcademicYearStart,
  CountryCode,
  DepartmentCode,
  EqfLevel,
  IncomingKind,
  IncomingProgramme,
  IncomingStatus,
  IscedCode,
  IsoDate,
  Sex,
  StayPeriod,
  StudentNumber,
  StudyLevel,
} from "./common";

/** Who the incoming student is: only what admission, enrolment and reporting need (GDPR). */
export const IncomingIdentity = z.object({
  firstName: z.string().trim().min(1).max(100),
  lastName: z.string().trim().min(1).max(100),
  email: z.string().trim().toLowerCase().email().max(254),
  sex: Sex,
  birthDate: IsoDate,
  nationality: CountryCode,
});
export type IncomingIdentity = z.infer<typeof IncomingIdentity>;

/** One incoming student's stay, from nomination (or application) to departure. */
export const IncomingStudent = IncomingIdentity.extend({
  id: Id,
  version: Version,
  kind: IncomingKind,
  status: IncomingStatus,
  /** The partner in the agreements service; null for free movers and institutions that are not partners. */
  partnerId: Id.nullable(),
  homeInstitutionName: z.string(),
  homeCountry: CountryCode,
  /** The agreement (and its receiving condition) the place counts against; null for free movers. */
  agreementId: Id.nullable(),
  conditionId: Id.nullable(),
  programme: IncomingProgramme,
  academicYear: AcademicYearStart,
  period: StayPeriod,
  /** The host department here. */
  department: DepartmentCode,
  level: StudyLevel,
  eqfLevel: EqfLevel,
  iscedCode: IscedCode,
  plannedArrival: IsoDate,
  plannedDeparture: IsoDate,
  actualArrival: IsoDate.nullable(),
  actualDeparture: IsoDate.nullable(),
  /** Given at enrolment. */
  studentNumber: StudentNumber.nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type IncomingStudent = z.infer<typeof IncomingStudent>;
export const IncomingStudentPage = pageOf(IncomingStudent);

export const IncomingStudentQuery = z.object({
  /** Matches names, email, student number and home institution. */
  q: z.string().trim().max(100).optional(),
  academicYear: z.coerce.number().int().min(1990).max(2100).optional(),
  status: IncomingStatus.optional(),
  kind: IncomingKind.optional(),
  department: DepartmentCode.optional(),
  homeCountry: CountryCode.optional(),
  partnerId: Id.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type IncomingStudentQuery = z.infer<typeof IncomingStudentQuery>;
