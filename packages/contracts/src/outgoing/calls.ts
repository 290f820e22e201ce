import { z } from "zod";
import { Id, IsoDateTime, Version, pageOf, patchOf } from "../common";
import { AcademicYearStart, Cefr, CountryCode, DepartmentCode, EqfLevel, IscedCode, IsoDate, MobilityType, OutgoingProgramme, StudyLevel } from "./common";

/** A call for applications goes draft -> open -> closed -> published (published only by publishing an allocation). */
export const CALL_STATUSES = ["draft", "open", "closed", "published"] as const;
export const CallStatus = z.enum(CALL_STATUSES);
export type CallStatus = z.infer<typeof CallStatus>;
/** Moves allowed through the status endpoint; "published" is reached only by publishing the allocation. */
export const CALL_TRANSITIONS: Record<CallStatus, CallStatus[]> = {
  draft: ["open"],
  open: ["draft", "closed"],
  closed: ["open"],
  published: [],
};

export const CallEligibility = z.object({
  /** Study levels (at the time of the mobility) that may apply; at least one. */
  levels: z.array(StudyLevel).min(1, "At least one study level").max(6),
  /** Minimum grade average on /20, or null for none. */
  minGradeAverage: z.number().min(0).max(20).nullable().default(null),
  languageCertificateRequired: z.boolean().default(false),
  /** Minimum CEFR level of the certificate when one is required. */
  minCefr: Cefr.nullable().default(null),
});
export type CallEligibility = z.infer<typeof CallEligibility>;

const CallFields = z.object({
  academicYear: AcademicYearStart,
  programme: OutgoingProgramme,
  title: z.string().trim().min(1).max(300),
  opensOn: IsoDate,
  /** The application deadline. */
  closesOn: IsoDate,
  eligibility: CallEligibility,
  /** Labels of the documents each application must hold (e.g. "Transcript", "CV"). */
  requiredDocuments: z.array(z.string().trim().min(1).max(100)).max(20).default([]),
});
const closesAfterOpening = (c: { opensOn?: string; closesOn?: string }) => !c.opensOn || !c.closesOn || c.closesOn >= c.opensOn;
const closingMessage = { message: "The deadline cannot come before the opening date", path: ["closesOn"] };

export const CreateCall = CallFields.refine(closesAfterOpening, closingMessage);
export type CreateCall = z.input<typeof CreateCall>;
export const UpdateCall = patchOf(CallFields.shape).extend({ version: Version }).refine(closesAfterOpening, closingMessage);
export type UpdateCall = z.input<typeof UpdateCall>;
export const CallStatusChange = z.object({ version: Version, status: CallStatus });

export const Call = CallFields.extend({
  id: Id,
  status: CallStatus,
  version: Version,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Call = z.infer<typeof Call>;
export const CallPage = pageOf(Call);
export const CallQuery = z.object({
  academicYear: z.coerce.number().int().min(1990).max(2100).optional(),
  programme: OutgoingProgramme.optional(),
  status: CallStatus.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

/** A sending condition of an agreement offered in a call, with the partner and the agreement's departments. */
export const Destination = z.object({
  id: Id,
  callId: Id,
  agreementId: Id,
  conditionId: Id,
  partnerId: Id,
  partnerName: z.string(),
  partnerCountry: CountryCode,
  partnerCity: z.string(),
  partnerErasmusCode: z.string().nullable(),
  partnerSchac: z.string().nullable(),
  mobilityType: MobilityType,
  eqfLevels: z.array(EqfLevel),
  iscedCodes: z.array(IscedCode),
  places: z.number().int().min(0),
  /** Departments the agreement serves; empty = all. */
  departments: z.array(DepartmentCode),
  /** False when the last sync no longer found the condition in force (kept: applications may point at it). */
  inForce: z.boolean(),
  syncedAt: IsoDateTime,
});
export type Destination = z.infer<typeof Destination>;
export const DestinationList = z.object({ items: z.array(Destination) });
export const DestinationSync = z.object({
  added: z.number().int(),
  updated: z.number().int(),
  noLongerInForce: z.number().int(),
  items: z.array(Destination),
});
