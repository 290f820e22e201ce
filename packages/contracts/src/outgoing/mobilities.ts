import { z } from "zod";
import { Id, IsoDateTime, Version, pageOf } from "../common";
import { AcademicYearStart, CountryCode, DepartmentCode, EqfLevel, IscedCode, IsoDate, MobilityStatus, MobilityType, OutgoingProgramme, StudentIdentity, StudyLevel } from "./common";

/** One student's stay abroad, from nomination to return. The student fields are a copy taken at nomination. */
export const Mobility = StudentIdentity.extend({
  id: Id,
  version: Version,
  applicationId: Id.nullable(),
  programme: OutgoingProgramme,
  mobilityType: MobilityType,
  academicYear: AcademicYearStart,
  /** Null for programmes without an agreement (French language assistants). */
  agreementId: Id.nullable(),
  conditionId: Id.nullable(),
  partnerId: Id.nullable(),
  hostName: z.string(),
  hostCountry: CountryCode,
  hostCity: z.string(),
  eqfLevel: EqfLevel,
  iscedCode: IscedCode,
  plannedStart: IsoDate,
  plannedEnd: IsoDate,
  actualStart: IsoDate.nullable(),
  actualEnd: IsoDate.nullable(),
  status: MobilityStatus,
  /** Why it was cancelled or interrupted. */
  statusReason: z.string().nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Mobility = z.infer<typeof Mobility>;
export const MobilityPage = pageOf(Mobility);

export const MobilityQuery = z.object({
  q: z.string().trim().max(100).optional(),
  academicYear: z.coerce.number().int().min(1990).max(2100).optional(),
  programme: OutgoingProgramme.optional(),
  status: MobilityStatus.optional(),
  department: DepartmentCode.optional(),
  level: StudyLevel.optional(),
  hostCountry: CountryCode.optional(),
  partnerId: Id.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type MobilityQuery = z.infer<typeof MobilityQuery>;
