import { z } from "zod";
import { Id, IsoDateTime, Version, pageOf, patchOf } from "../common";
import { DepartmentCode } from "../identity";
import { Sex } from "../outgoing/common";
import { CountryCode, IsoDate, pageQuery } from "./common";
import { GrantResult, StaffGrantInput } from "./grants";

/** Staff mobility for teaching (STA) or for training (STT). */
export const STAFF_MOBILITY_TYPES = ["teaching", "training"] as const;
export const StaffMobilityType = z.enum(STAFF_MOBILITY_TYPES);
export type StaffMobilityType = z.infer<typeof StaffMobilityType>;

/**
 * The staff mobility's workflow: an application is selected or rejected; a selected one gets its mobility agreement
 * signed, then the participant's report closes it. Any open step may be cancelled (withdrawal).
 */
export const STAFF_MOBILITY_STATUSES = ["applied", "selected", "rejected", "agreed", "reported", "cancelled"] as const;
export const StaffMobilityStatus = z.enum(STAFF_MOBILITY_STATUSES);
export type StaffMobilityStatus = z.infer<typeof StaffMobilityStatus>;

export const STAFF_CATEGORIES = ["academic", "administrative"] as const;
export const StaffCategory = z.enum(STAFF_CATEGORIES);

/** Erasmus+ staff mobility: 2 days to 2 months of activity abroad, travel days excluded. */
export const STAFF_MOBILITY_MIN_DAYS = 2;
export const STAFF_MOBILITY_MAX_DAYS = 60;
/** A teaching mobility includes at least 8 hours of teaching per week (or shorter period). */
export const MIN_TEACHING_HOURS = 8;

export const StaffParticipant = z.object({
  /** The staff member in the institution's directory, when known. */
  staffId: Id.nullable().default(null),
  firstName: z.string().trim().min(1).max(100),
  lastName: z.string().trim().min(1).max(100),
  email: z.string().trim().toLowerCase().email().max(254),
  sex: Sex,
  category: StaffCategory,
  /** Null for central services. */
  department: DepartmentCode.nullable().default(null),
  fewerOpportunities: z.boolean().default(false),
});
export type StaffParticipant = z.infer<typeof StaffParticipant>;

export const HostOrganisation = z.object({
  /** The partner in the agreements service, when the host is one. */
  partnerId: Id.nullable().default(null),
  name: z.string().trim().min(1).max(300),
  erasmusCode: z.string().trim().max(30).nullable().default(null),
  countryCode: CountryCode,
  city: z.string().trim().min(1).max(120),
});
export type HostOrganisation = z.infer<typeof HostOrganisation>;

const staffMobilityFields = {
  /** The KA131/KA171 project that funds it (null until assigned). */
  projectId: Id.nullable().default(null),
  type: StaffMobilityType,
  participant: StaffParticipant,
  host: HostOrganisation,
  startDate: IsoDate,
  endDate: IsoDate,
  /** Funded travel days around the activity (at most 2; 6 with sustainable travel). */
  travelDays: z.number().int().min(0).max(6).default(0),
  /** Distance to the host as the EU distance calculator gives it, for the travel band. */
  distanceKm: z.number().int().min(0).max(40_000),
  greenTravel: z.boolean().default(false),
  /** Teaching hours (teaching mobilities). */
  teachingHours: z.number().int().min(0).max(400).nullable().default(null),
  /** What the applicant plans to do (programme of the mobility agreement). */
  programme: z.string().trim().max(4000).default(""),
};

/** A staff mobility's days of activity (both ends included). */
export function staffMobilityDays(startDate: string, endDate: string): number {
  return Math.round((Date.parse(`${endDate}T00:00:00Z`) - Date.parse(`${startDate}T00:00:00Z`)) / 86_400_000) + 1;
}

type Checked = { startDate?: string | undefined; endDate?: string | undefined; type?: StaffMobilityType | undefined; teachingHours?: number | null | undefined; travelDays?: number | undefined; greenTravel?: boolean | undefined };
/** The rules that tie fields together, each reported on the field to correct. */
function checkStaffMobility(value: Checked, ctx: z.RefinementCtx) {
  if (value.startDate && value.endDate) {
    const days = staffMobilityDays(value.startDate, value.endDate);
    if (days < 1) ctx.addIssue({ code: "custom", path: ["endDate"], message: "The end date is before the start date." });
    else if (days < STAFF_MOBILITY_MIN_DAYS || days > STAFF_MOBILITY_MAX_DAYS)
      ctx.addIssue({ code: "custom", path: ["endDate"], message: `A staff mobility lasts ${STAFF_MOBILITY_MIN_DAYS} to ${STAFF_MOBILITY_MAX_DAYS} days.` });
  }
  if (value.type === "teaching" && value.teachingHours !== undefined && (value.teachingHours ?? 0) < MIN_TEACHING_HOURS)
    ctx.addIssue({ code: "custom", path: ["teachingHours"], message: `A teaching mobility includes at least ${MIN_TEACHING_HOURS} hours of teaching.` });
  if (value.travelDays !== undefined && value.travelDays > 2 && value.greenTravel === false)
    ctx.addIssue({ code: "custom", path: ["travelDays"], message: "More than 2 travel days are funded only with sustainable travel." });
}

export const CreateStaffMobility = z.object(staffMobilityFields).superRefine(checkStaffMobility);
export type CreateStaffMobility = z.input<typeof CreateStaffMobility>;

/** Edit the application or its dates; the checks apply to the merged record on the server too. */
export const UpdateStaffMobility = patchOf(staffMobilityFields).extend({ version: Version }).superRefine(checkStaffMobility);
export type UpdateStaffMobility = z.infer<typeof UpdateStaffMobility>;

export const StaffMobility = z.object({
  id: Id,
  academicYear: z.number().int(),
  projectId: Id.nullable(),
  type: StaffMobilityType,
  participant: StaffParticipant,
  host: HostOrganisation,
  startDate: IsoDate,
  endDate: IsoDate,
  days: z.number().int(),
  travelDays: z.number().int(),
  distanceKm: z.number().int(),
  greenTravel: z.boolean(),
  teachingHours: z.number().int().nullable(),
  programme: z.string(),
  status: StaffMobilityStatus,
  selectionScore: z.number().int().nullable(),
  decisionComment: z.string().nullable(),
  decidedOn: IsoDate.nullable(),
  agreementSignedOn: IsoDate.nullable(),
  reportSubmittedOn: IsoDate.nullable(),
  report: z.string().nullable(),
  version: Version,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type StaffMobility = z.infer<typeof StaffMobility>;
export const StaffMobilityPage = pageOf(StaffMobility);

/** One step of the workflow; each carries what the step records. */
export const StaffMobilityStep = z.discriminatedUnion("step", [
  z.object({ step: z.literal("select"), version: Version, on: IsoDate, score: z.number().int().min(0).max(100), comment: z.string().trim().max(2000).default("") }),
  z.object({ step: z.literal("reject"), version: Version, on: IsoDate, comment: z.string().trim().min(1, "Say why the application is rejected.").max(2000) }),
  z.object({ step: z.literal("sign-agreement"), version: Version, on: IsoDate }),
  z.object({ step: z.literal("report"), version: Version, on: IsoDate, report: z.string().trim().min(1, "The report is required.").max(8000) }),
  z.object({ step: z.literal("cancel"), version: Version, comment: z.string().trim().min(1, "Say why the mobility is cancelled.").max(2000) }),
]);
export type StaffMobilityStep = z.infer<typeof StaffMobilityStep>;

/** Which steps each status allows. */
export const STAFF_MOBILITY_STEPS: Record<StaffMobilityStatus, ReadonlyArray<StaffMobilityStep["step"]>> = {
  applied: ["select", "reject", "cancel"],
  selected: ["sign-agreement", "cancel"],
  agreed: ["report", "cancel"],
  rejected: [],
  reported: [],
  cancelled: [],
};

export const StaffMobilityQuery = z.object({
  academicYear: z.coerce.number().int().min(2000).max(2100).optional(),
  type: StaffMobilityType.optional(),
  status: StaffMobilityStatus.optional(),
  projectId: Id.optional(),
  q: z.string().max(200).optional(),
  ...pageQuery,
});
export type StaffMobilityQuery = z.infer<typeof StaffMobilityQuery>;

/** A staff mobility's grant as the engine computes it from the mobility and its project's call year rates. */
export const StaffMobilityGrant = z.object({ input: StaffGrantInput, result: GrantResult });
export type StaffMobilityGrant = z.infer<typeof StaffMobilityGrant>;
