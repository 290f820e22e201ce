import { z } from "zod";
import { Id, IsoDateTime, Version, pageOf, patchOf } from "../common";
import { AcademicYearStart, CountryCode, DepartmentCode, EqfLevel, IscedCode, IsoDate, MobilityType, OutgoingProgramme, StudentIdentity } from "./common";
import { Mobility } from "./mobilities";

const mobilityFields = {
  programme: OutgoingProgramme,
  mobilityType: MobilityType,
  academicYear: AcademicYearStart,
  /** Null for mobilities outside any agreement (French language assistants). */
  agreementId: Id.nullable().default(null),
  conditionId: Id.nullable().default(null),
  partnerId: Id.nullable().default(null),
  hostName: z.string().trim().min(1).max(200),
  hostCountry: CountryCode,
  hostCity: z.string().trim().max(100).default(""),
  eqfLevel: EqfLevel,
  iscedCode: IscedCode,
  plannedStart: IsoDate,
  plannedEnd: IsoDate,
};

/** A mobility created directly by the outgoing team (language assistants, late additions). */
export const CreateMobility = StudentIdentity.extend(mobilityFields);
export type CreateMobility = z.infer<typeof CreateMobility>;

/** What can change on a mobility after its creation (the student and programme stay). */
export const PatchMobility = patchOf({
  hostName: mobilityFields.hostName,
  hostCountry: mobilityFields.hostCountry,
  hostCity: mobilityFields.hostCity,
  eqfLevel: mobilityFields.eqfLevel,
  iscedCode: mobilityFields.iscedCode,
  plannedStart: mobilityFields.plannedStart,
  plannedEnd: mobilityFields.plannedEnd,
}).extend({ version: Version });
export type PatchMobility = z.infer<typeof PatchMobility>;

const Reason = z.string().trim().min(3).max(1000);
export const StartMobility = z.object({ version: Version, actualStart: IsoDate });
export const CompleteMobility = z.object({ version: Version, actualEnd: IsoDate });
export const CancelMobility = z.object({ version: Version, reason: Reason });
export const InterruptMobility = z.object({ version: Version, reason: Reason, actualEnd: IsoDate });
export type StartMobility = z.infer<typeof StartMobility>;
export type CompleteMobility = z.infer<typeof CompleteMobility>;
export type CancelMobility = z.infer<typeof CancelMobility>;
export type InterruptMobility = z.infer<typeof InterruptMobility>;
export const MOBILITY_ACTIONS = ["start", "complete", "cancel", "interrupt"] as const;
export type MobilityAction = (typeof MOBILITY_ACTIONS)[number];

/** The follow-up checklist of a mobility, in order, from administrative set-up to recognition. */
export const FOLLOW_UP_STEPS = [
  "learning-agreement",
  "grant-agreement",
  "insurance",
  "arrival-certificate",
  "la-changes",
  "attendance-certificate",
  "transcript",
  "recognition",
] as const;
export const FollowUpStepKind = z.enum(FOLLOW_UP_STEPS);
export type FollowUpStepKind = z.infer<typeof FollowUpStepKind>;

export const STEP_STATUSES = ["todo", "done", "waived", "not-applicable"] as const;
export const StepStatus = z.enum(STEP_STATUSES);
export type StepStatus = z.infer<typeof StepStatus>;

/** Uploaded step documents: PDF, JPEG or PNG (checked by their first bytes), 10 MB at most. */
export const STEP_DOCUMENT_TYPES = ["application/pdf", "image/jpeg", "image/png"] as const;
export const MAX_STEP_DOCUMENT_BYTES = 10 * 1024 * 1024;

export const StepDocument = z.object({
  filename: z.string(),
  contentType: z.enum(STEP_DOCUMENT_TYPES),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedBy: z.string(),
  uploadedAt: IsoDateTime,
});
export type StepDocument = z.infer<typeof StepDocument>;

export const FollowUpStep = z.object({
  id: Id,
  mobilityId: Id,
  step: FollowUpStepKind,
  status: StepStatus,
  dueDate: IsoDate.nullable(),
  doneOn: IsoDate.nullable(),
  note: z.string(),
  document: StepDocument.nullable(),
  /** Due date passed and still to do. */
  late: z.boolean(),
  version: Version,
  updatedAt: IsoDateTime,
});
export type FollowUpStep = z.infer<typeof FollowUpStep>;
export const FollowUpStepList = z.array(FollowUpStep);

/** Done requires a date (today when not given); other statuses clear it. */
export const PatchStep = patchOf({
  status: StepStatus,
  doneOn: IsoDate.nullable(),
  note: z.string().trim().max(2000),
}).extend({ version: Version });
export type PatchStep = z.infer<typeof PatchStep>;

export const StepParams = z.object({ id: Id, step: FollowUpStepKind });

/** A late step with the mobility it belongs to: the reminders list. */
export const LateStep = FollowUpStep.extend({
  mobility: Mobility.pick({ id: true, studentNumber: true, firstName: true, lastName: true, email: true, department: true, hostName: true, hostCountry: true, academicYear: true, status: true }),
});
export type LateStep = z.infer<typeof LateStep>;
export const LateStepPage = pageOf(LateStep);
export const LateStepQuery = z.object({
  step: FollowUpStepKind.optional(),
  department: DepartmentCode.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type LateStepQuery = z.infer<typeof LateStepQuery>;

export const CoordinatorOverviewItem = z.object({
  mobility: Mobility,
  lateSteps: z.number().int().min(0),
  /** The learning agreement is missing or not approved yet (draft, submitted or rejected). */
  learningAgreementPending: z.boolean(),
  learningAgreementStatus: z.enum(["none", "draft", "submitted", "approved", "rejected"]),
});
export const CoordinatorOverview = z.object({
  academicYear: AcademicYearStart,
  departments: z.array(z.string()).nullable(),
  items: z.array(CoordinatorOverviewItem),
  totals: z.object({ mobilities: z.number().int(), lateSteps: z.number().int(), pendingLearningAgreements: z.number().int() }),
});
export type CoordinatorOverview = z.infer<typeof CoordinatorOverview>;
export const CoordinatorOverviewQuery = z.object({ academicYear: z.coerce.number().int().min(1990).max(2100).optional() });
