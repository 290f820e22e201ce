import { z } from "zod";
import { editOf, IsoDate, Label, LongText, pageOf, Paging, QueryText, Versioned } from "./common";

const uuid = z.string().uuid();

export const MEETING_STATUSES = ["planned", "held", "cancelled"] as const;
export const MeetingStatus = z.enum(MEETING_STATUSES);
export const CreateMeeting = z.object({
  title: Label,
  heldOn: IsoDate,
  location: Label.optional(),
  status: MeetingStatus.optional(),
  minutes: LongText.optional(),
});
export const UpdateMeeting = editOf(CreateMeeting);
export const Meeting = z.object({
  id: uuid,
  title: z.string(),
  heldOn: z.string(),
  location: z.string(),
  status: MeetingStatus,
  minutes: z.string(),
  ...Versioned.shape,
});
export type Meeting = z.infer<typeof Meeting>;
export const MeetingPage = pageOf(Meeting);
export const MeetingQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional(), status: MeetingStatus.optional(), q: QueryText, ...Paging });

export const CreateAgendaItem = z.object({
  meetingId: uuid,
  position: z.number().int().min(1).max(99),
  title: Label,
  presenter: Label.optional(),
  notes: LongText.optional(),
});
export const UpdateAgendaItem = editOf(CreateAgendaItem.omit({ meetingId: true }));
export const AgendaItem = z.object({ id: uuid, meetingId: uuid, position: z.number().int(), title: z.string(), presenter: z.string(), notes: z.string(), ...Versioned.shape });
export type AgendaItem = z.infer<typeof AgendaItem>;
export const AgendaItemPage = pageOf(AgendaItem);
export const AgendaItemQuery = z.object({ meetingId: uuid.optional(), ...Paging });

export const DECISION_OUTCOMES = ["approved", "rejected", "postponed", "noted"] as const;
export const DecisionOutcome = z.enum(DECISION_OUTCOMES);
export const CreateDecision = z.object({
  meetingId: uuid,
  agendaItemId: uuid.nullable().optional(),
  reference: z.string().trim().min(1).max(40),
  text: z.string().trim().min(1).max(5000),
  outcome: DecisionOutcome.optional(),
});
export const UpdateDecision = editOf(CreateDecision.omit({ meetingId: true }));
export const Decision = z.object({
  id: uuid,
  meetingId: uuid,
  agendaItemId: uuid.nullable(),
  reference: z.string(),
  text: z.string(),
  outcome: DecisionOutcome,
  ...Versioned.shape,
});
export type Decision = z.infer<typeof Decision>;
export const DecisionPage = pageOf(Decision);
export const DecisionQuery = z.object({ meetingId: uuid.optional(), q: QueryText, ...Paging });

export const ACTION_STATUSES = ["open", "in-progress", "done", "cancelled"] as const;
export const ActionStatus = z.enum(ACTION_STATUSES);
export const CreateFollowUpAction = z.object({
  meetingId: uuid,
  decisionId: uuid.nullable().optional(),
  title: Label,
  owner: Label,
  dueOn: IsoDate,
  status: ActionStatus.optional(),
  notes: LongText.optional(),
});
export const UpdateFollowUpAction = editOf(CreateFollowUpAction.omit({ meetingId: true }));
export const FollowUpAction = z.object({
  id: uuid,
  meetingId: uuid,
  decisionId: uuid.nullable(),
  title: z.string(),
  owner: z.string(),
  dueOn: z.string(),
  status: ActionStatus,
  notes: z.string(),
  ...Versioned.shape,
});
export type FollowUpAction = z.infer<typeof FollowUpAction>;
export const FollowUpActionPage = pageOf(FollowUpAction);
export const FollowUpActionQuery = z.object({
  meetingId: uuid.optional(),
  decisionId: uuid.optional(),
  status: ActionStatus.optional(),
  owner: QueryText,
  /** Only open or in-progress actions past their due date. */
  overdue: z.enum(["true", "false"]).optional(),
  ...Paging,
});

/** The follow-up actions as a spreadsheet (same filters as the list). */
export const FollowUpActionExportQuery = FollowUpActionQuery.omit({ limit: true, offset: true }).extend({ format: z.enum(["csv", "xlsx"]) });
