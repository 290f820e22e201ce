import { z } from "zod";
import { Id, IsoDateTime, Version } from "../common";
import { AcademicYearStart, CountryCode, DepartmentCode, EqfLevel, IscedCode, IsoDate, MobilityType, StudyLevel } from "./common";

export const NOMINATION_STATUSES = ["nominated", "withdrawn"] as const;
export const HOST_DECISIONS = ["accepted", "rejected", "waiting-list"] as const;
export const HostDecision = z.enum(HOST_DECISIONS);

export const Nomination = z.object({
  id: Id,
  callId: Id,
  applicationId: Id,
  destinationId: Id,
  agreementId: Id,
  conditionId: Id,
  partnerId: Id,
  partnerName: z.string(),
  partnerCountry: CountryCode,
  studentNumber: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  department: DepartmentCode,
  level: StudyLevel,
  mobilityType: MobilityType,
  academicYear: AcademicYearStart,
  eqfLevel: EqfLevel,
  iscedCode: IscedCode,
  status: z.enum(NOMINATION_STATUSES),
  decision: HostDecision.nullable(),
  decidedOn: IsoDate.nullable(),
  decisionNote: z.string().nullable(),
  mobilityId: Id.nullable(),
  version: Version,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Nomination = z.infer<typeof Nomination>;
export const NominationList = z.object({ items: z.array(Nomination) });
export const NominationQuery = z.object({ partnerId: Id.optional(), status: z.enum(NOMINATION_STATUSES).optional() });
export const CreateNomination = z.object({ applicationId: Id });
export const WithdrawNomination = z.object({ version: Version, reason: z.string().trim().min(1).max(1000) });
export const RecordHostDecision = z
  .object({
    version: Version,
    decision: HostDecision,
    decidedOn: IsoDate,
    note: z.string().trim().max(2000).default(""),
    /** Planned stay (accepted only); default the autumn semester of the call's year (1 Sept - 31 Jan). */
    plannedStart: IsoDate.optional(),
    plannedEnd: IsoDate.optional(),
  })
  .refine((d) => !d.plannedStart || !d.plannedEnd || d.plannedEnd > d.plannedStart, { message: "The end must come after the start", path: ["plannedEnd"] });
export type RecordHostDecision = z.input<typeof RecordHostDecision>;

export const NominationExportQuery = z.object({ partnerId: Id, format: z.enum(["csv", "pdf", "ewp"]).default("csv") });

/** The nominations for one host, shaped as an EWP nomination exchange (sending / receiving HEI, students). */
export const EwpNominations = z.object({
  sendingHei: z.object({ heiId: z.string() }),
  receivingHei: z.object({ heiId: z.string().nullable(), erasmusCode: z.string().nullable(), name: z.string() }),
  nominations: z.array(
    z.object({
      nominationId: Id,
      student: z.object({ givenNames: z.string(), familyName: z.string(), email: z.string() }),
      mobilityType: MobilityType,
      eqfLevel: EqfLevel,
      iscedCode: IscedCode,
      academicTerm: z.object({ academicYearId: z.string(), termNumber: z.number().int(), totalTerms: z.number().int() }),
    }),
  ),
});
