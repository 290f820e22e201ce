import { z } from "zod";
import { Id, IsoDateTime, Version, pageOf, patchOf } from "../common";
import { DepartmentCode } from "../identity";
import { CallYear, Cents, CountryCode, IsoDate, pageQuery } from "./common";

/** Erasmus+ key action 2 actions a university takes part in. */
export const COOPERATION_ACTIONS = ["KA220-HED", "KA210", "CBHE", "EUROPEAN-UNIVERSITIES", "ALLIANCES-INNOVATION"] as const;
export const CooperationAction = z.enum(COOPERATION_ACTIONS);
export type CooperationAction = z.infer<typeof CooperationAction>;

/** From idea to closure; a submitted application is accepted or rejected. */
export const COOPERATION_STAGES = ["idea", "preparation", "submitted", "accepted", "rejected", "running", "closed"] as const;
export const CooperationStage = z.enum(COOPERATION_STAGES);
export type CooperationStage = z.infer<typeof CooperationStage>;

/** The stages each stage may move to (a project in preparation may go back to an idea). */
export const COOPERATION_TRANSITIONS: Record<CooperationStage, readonly CooperationStage[]> = {
  idea: ["preparation"],
  preparation: ["idea", "submitted"],
  submitted: ["accepted", "rejected"],
  accepted: ["running"],
  rejected: [],
  running: ["closed"],
  closed: [],
};

export const CooperationPartner = z.object({
  /** The partner in the agreements service, or null for an organisation typed in. */
  partnerId: Id.nullable().default(null),
  name: z.string().trim().min(1).max(300),
  countryCode: CountryCode,
  role: z.enum(["coordinator", "partner", "associated"]).default("partner"),
});
export type CooperationPartner = z.infer<typeof CooperationPartner>;

const cooperationFields = {
  action: CooperationAction,
  callYear: CallYear,
  title: z.string().trim().min(1).max(300),
  acronym: z.string().trim().min(1).max(40),
  /** The lead institution (applicant/coordinator); the university itself when `weLead`. */
  leadInstitution: z.string().trim().min(1).max(300),
  weLead: z.boolean().default(false),
  /** The in-house project leader. */
  projectLeader: z.string().trim().min(1).max(200),
  department: DepartmentCode.nullable().default(null),
  partners: z.array(CooperationPartner).max(80).default([]),
  /** Requested EU grant for the whole consortium and the university's share. */
  requestedCents: Cents,
  shareCents: Cents.default(0),
  submissionDeadline: IsoDate,
  startDate: IsoDate.nullable().default(null),
  endDate: IsoDate.nullable().default(null),
  summary: z.string().trim().max(4000).default(""),
};

type Checked = { startDate?: string | null | undefined; endDate?: string | null | undefined; requestedCents?: number | undefined; shareCents?: number | undefined };
function checkCooperation(value: Checked, ctx: z.RefinementCtx) {
  if (value.startDate && value.endDate && value.endDate < value.startDate)
    ctx.addIssue({ code: "custom", path: ["endDate"], message: "The end date is before the start date." });
  if (value.requestedCents !== undefined && value.shareCents !== undefined && value.shareCents > value.requestedCents)
    ctx.addIssue({ code: "custom", path: ["shareCents"], message: "The university's share cannot exceed the requested grant." });
}
export const cooperationChecks = checkCooperation;

export const CreateCooperationProject = z.object(cooperationFields).superRefine(checkCooperation);
export type CreateCooperationProject = z.input<typeof CreateCooperationProject>;
export const UpdateCooperationProject = patchOf(cooperationFields).extend({ version: Version }).superRefine(checkCooperation);
export type UpdateCooperationProject = z.infer<typeof UpdateCooperationProject>;

export const CooperationProject = z.object({
  id: Id,
  action: CooperationAction,
  callYear: z.number().int(),
  title: z.string(),
  acronym: z.string(),
  leadInstitution: z.string(),
  weLead: z.boolean(),
  projectLeader: z.string(),
  department: DepartmentCode.nullable(),
  partners: z.array(CooperationPartner),
  requestedCents: Cents,
  shareCents: Cents,
  grantedCents: Cents.nullable(),
  submissionDeadline: IsoDate,
  startDate: IsoDate.nullable(),
  endDate: IsoDate.nullable(),
  summary: z.string(),
  stage: CooperationStage,
  stageChangedOn: IsoDate,
  version: Version,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type CooperationProject = z.infer<typeof CooperationProject>;
export const CooperationProjectPage = pageOf(CooperationProject);

/** Move along the pipeline; an acceptance records the amount granted. */
export const CooperationStageChange = z
  .object({ version: Version, stage: CooperationStage, on: IsoDate, grantedCents: Cents.optional() })
  .superRefine((value, ctx) => {
    if (value.stage === "accepted" && value.grantedCents === undefined)
      ctx.addIssue({ code: "custom", path: ["grantedCents"], message: "Give the amount granted." });
  });
export type CooperationStageChange = z.infer<typeof CooperationStageChange>;

export const CooperationQuery = z.object({
  stage: CooperationStage.optional(),
  action: CooperationAction.optional(),
  callYear: CallYear.optional(),
  q: z.string().max(200).optional(),
  ...pageQuery,
});

/** A deadline of a cooperation project (application, interim report, final report...). */
export const CreateDeadline = z.object({ label: z.string().trim().min(1).max(200), dueOn: IsoDate });
export const UpdateDeadline = z.object({ version: Version, done: z.boolean() });
export const Deadline = z.object({
  id: Id,
  projectId: Id,
  label: z.string(),
  dueOn: IsoDate,
  done: z.boolean(),
  version: Version,
});
export type Deadline = z.infer<typeof Deadline>;
/** An open deadline with its project, for the upcoming-deadline list. */
export const UpcomingDeadline = Deadline.extend({ projectAcronym: z.string(), projectTitle: z.string(), daysLeft: z.number().int() });
export type UpcomingDeadline = z.infer<typeof UpcomingDeadline>;
export const UpcomingDeadlineQuery = z.object({ withinDays: z.coerce.number().int().min(1).max(730).default(60) });
export const UpcomingDeadlineList = z.object({ items: z.array(UpcomingDeadline) });

/** A monitoring committee meeting, with its minutes (written after the meeting). */
const meetingFields = {
  heldOn: IsoDate,
  place: z.string().trim().min(1).max(200),
  attendees: z.array(z.string().trim().min(1).max(200)).max(60).default([]),
  minutes: z.string().trim().max(20_000).default(""),
};
export const CreateMeeting = z.object(meetingFields);
export type CreateMeeting = z.input<typeof CreateMeeting>;
export const UpdateMeeting = patchOf(meetingFields).extend({ version: Version });
export const Meeting = z.object({
  id: Id,
  projectId: Id,
  heldOn: IsoDate,
  place: z.string(),
  attendees: z.array(z.string()),
  minutes: z.string(),
  version: Version,
  updatedAt: IsoDateTime,
});
export type Meeting = z.infer<typeof Meeting>;

export const CooperationProjectDetails = CooperationProject.extend({ deadlines: z.array(Deadline), meetings: z.array(Meeting) });
export type CooperationProjectDetails = z.infer<typeof CooperationProjectDetails>;
