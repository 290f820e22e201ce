import { z } from "zod";
import { Id, IsoDateTime, Version } from "../common";
import type {
  IncomingKind} from "./common";
import {
  AcademicYearStart,
  CountryCode,
  DepartmentCode,
  IncomingProgramme,
  IscedCode,
  IsoDate,
  StayPeriod,
  StudyLevel,
} from "./common";
import { IncomingIdentity } from "./students";

/** Going beyond the agreement's receiving places needs a reason; it is audited here and in the agreements service. */
export const PlacesOverride = z.object({ reason: z.string().trim().min(5).max(1000) });

const stayFields = {
  programme: IncomingProgramme,
  academicYear: AcademicYearStart,
  period: StayPeriod,
  department: DepartmentCode,
  level: StudyLevel,
  iscedCode: IscedCode,
  plannedArrival: IsoDate,
  plannedDeparture: IsoDate,
};

/**
 * A partner's nomination (exchange, programme) or a free mover's application. The home institution is a partner
 * (partnerId) or, for institutions that are not partners, a name and a country. Exchange students name the agreement
 * and its receiving condition the place counts against.
 */
export const CreateIncomingStudent = IncomingIdentity.extend({
  ...stayFields,
  partnerId: Id.nullish(),
  homeInstitutionName: z.string().trim().min(2).max(200).nullish(),
  homeCountry: CountryCode.nullish(),
  agreementId: Id.nullish(),
  conditionId: Id.nullish(),
  override: PlacesOverride.optional(),
}).superRefine((v, ctx) => {
  if (!v.partnerId && (!v.homeInstitutionName || !v.homeCountry)) {
    ctx.addIssue({ code: "custom", path: [v.homeInstitutionName ? "homeCountry" : "homeInstitutionName"], message: "Give the partner, or the home institution's name and country" });
  }
  const exchange = ["KA131", "KA171", "BILATERAL"].includes(v.programme);
  if (exchange && !v.agreementId) ctx.addIssue({ code: "custom", path: ["agreementId"], message: "Exchange students come under an agreement" });
  if (exchange && !v.conditionId) ctx.addIssue({ code: "custom", path: ["conditionId"], message: "Name the agreement's receiving condition" });
  if (exchange && !v.partnerId) ctx.addIssue({ code: "custom", path: ["partnerId"], message: "Exchange students come from a partner" });
  if (v.programme === "FREE_MOVER" && (v.agreementId || v.conditionId)) ctx.addIssue({ code: "custom", path: ["agreementId"], message: "Free movers come without an agreement" });
  if (v.plannedDeparture <= v.plannedArrival) ctx.addIssue({ code: "custom", path: ["plannedDeparture"], message: "Departure comes after arrival" });
});
export type CreateIncomingStudent = z.infer<typeof CreateIncomingStudent>;

/** Corrections to the stay; the agreement and the home institution are not changed here (withdraw and nominate again). */
export const UpdateIncomingStudent = IncomingIdentity.extend({
  period: StayPeriod,
  department: DepartmentCode,
  level: StudyLevel,
  iscedCode: IscedCode,
  plannedArrival: IsoDate,
  plannedDeparture: IsoDate,
})
  .partial()
  .extend({ version: Version })
  .superRefine((v, ctx) => {
    if (v.plannedArrival && v.plannedDeparture && v.plannedDeparture <= v.plannedArrival) ctx.addIssue({ code: "custom", path: ["plannedDeparture"], message: "Departure comes after arrival" });
  });
export type UpdateIncomingStudent = z.infer<typeof UpdateIncomingStudent>;

export const ADMISSION_DECISIONS = ["admit", "refuse"] as const;
/** The host department's decision; a refusal gives the place back to the agreement. */
export const AdmissionDecision = z
  .object({ version: Version, decision: z.enum(ADMISSION_DECISIONS), reason: z.string().trim().max(2000).optional() })
  .superRefine((v, ctx) => {
    if (v.decision === "refuse" && (!v.reason || v.reason.length < 5)) ctx.addIssue({ code: "custom", path: ["reason"], message: "Give the reason for the refusal (5 characters at least)" });
  });
export type AdmissionDecision = z.infer<typeof AdmissionDecision>;

export const LETTER_LANGUAGES = ["fr", "en"] as const;
export const LetterQuery = z.object({ lang: z.enum(LETTER_LANGUAGES).default("fr") });

export const MAX_INCOMING_DOCUMENT_BYTES = 10 * 1024 * 1024;
export const APPLICATION_DOCUMENT_KINDS = ["passport", "transcript", "learning-agreement", "language-certificate", "cv", "motivation", "other"] as const;
export const ApplicationDocumentKind = z.enum(APPLICATION_DOCUMENT_KINDS);
export const IncomingDocument = z.object({
  id: Id,
  studentId: Id,
  kind: ApplicationDocumentKind,
  filename: z.string(),
  contentType: z.enum(["application/pdf", "image/jpeg", "image/png"]),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedBy: z.string(),
  uploadedAt: IsoDateTime,
});
export type IncomingDocument = z.infer<typeof IncomingDocument>;
export const IncomingDocumentList = z.object({ items: z.array(IncomingDocument) });

/**
 * The documents a complete application file holds, by kind of stay. Once they are all received the team marks the
 * file complete (nominated -> applied), and only a complete file can be admitted (it can be refused before).
 */
export const REQUIRED_DOCUMENTS: Record<IncomingKind, readonly ApplicationDocumentKind[]> = {
  exchange: ["passport", "transcript", "learning-agreement"],
  programme: ["passport", "transcript"],
  "free-mover": ["passport", "transcript", "motivation"],
};
export type ApplicationDocumentKind = z.infer<typeof ApplicationDocumentKind>;

/** The required documents of a stay's kind that are not among the received ones, in the order of the list. */
export function missingDocuments(kind: IncomingKind, received: readonly string[]): ApplicationDocumentKind[] {
  return REQUIRED_DOCUMENTS[kind].filter((required) => !received.includes(required));
}

export const NOMINATION_IMPORT_MODES = ["preview", "all", "valid-only"] as const;
export const NominationImportQuery = z.object({ mode: z.enum(NOMINATION_IMPORT_MODES).default("preview") });
export const NominationImportResult = z.object({
  rows: z.number().int(),
  valid: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), path: z.string(), message: z.string() })),
  written: z.number().int(),
  /** The rows read (valid or not), for the preview table. */
  preview: z.array(z.object({ row: z.number().int(), name: z.string(), email: z.string(), department: z.string(), home: z.string() })),
});
export type NominationImportResult = z.infer<typeof NominationImportResult>;
