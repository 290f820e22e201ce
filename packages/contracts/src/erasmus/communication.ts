import { z } from "zod";
import { Id, IsoDateTime, Version, pageOf, patchOf } from "../common";
import { pageQuery } from "./common";

/** Promotion of the programme: Erasmus Days, information sessions, back-to-school talks, workshops. */
export const EVENT_KINDS = ["erasmus-days", "information-session", "welcome-talk", "workshop"] as const;
export const EventKind = z.enum(EVENT_KINDS);
export type EventKind = z.infer<typeof EventKind>;

export const AUDIENCES = ["students", "staff", "all"] as const;
export const Audience = z.enum(AUDIENCES);

const eventFields = {
  kind: EventKind,
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(4000).default(""),
  place: z.string().trim().min(1).max(200),
  audience: Audience.default("all"),
  startsAt: IsoDateTime,
  endsAt: IsoDateTime,
  capacity: z.number().int().min(1).max(5000),
  registrationOpen: z.boolean().default(true),
};
type CheckedEvent = { startsAt?: string | undefined; endsAt?: string | undefined };
function checkEvent(value: CheckedEvent, ctx: z.RefinementCtx) {
  if (value.startsAt && value.endsAt && Date.parse(value.endsAt) <= Date.parse(value.startsAt))
    ctx.addIssue({ code: "custom", path: ["endsAt"], message: "The event ends after it starts." });
}
export const eventChecks = checkEvent;
export const CreateEvent = z.object(eventFields).superRefine(checkEvent);
export type CreateEvent = z.input<typeof CreateEvent>;
export const UpdateEvent = patchOf(eventFields).extend({ version: Version }).superRefine(checkEvent);
export type UpdateEvent = z.infer<typeof UpdateEvent>;

export const ErasmusEvent = z.object({
  id: Id,
  kind: EventKind,
  title: z.string(),
  description: z.string(),
  place: z.string(),
  audience: Audience,
  startsAt: IsoDateTime,
  endsAt: IsoDateTime,
  capacity: z.number().int(),
  registrationOpen: z.boolean(),
  registered: z.number().int(),
  waiting: z.number().int(),
  attended: z.number().int(),
  version: Version,
  updatedAt: IsoDateTime,
});
export type ErasmusEvent = z.infer<typeof ErasmusEvent>;
export const EventPage = pageOf(ErasmusEvent);
export const EventQuery = z.object({
  kind: EventKind.optional(),
  /** "upcoming" (not ended yet) or "past". */
  when: z.enum(["upcoming", "past"]).optional(),
  ...pageQuery,
});

/** Within capacity a registration is confirmed; beyond it waits, and moves up when a seat frees. */
export const REGISTRATION_STATUSES = ["registered", "waiting", "cancelled"] as const;
export const RegistrationStatus = z.enum(REGISTRATION_STATUSES);
export const PARTICIPANT_KINDS = ["student", "staff", "external"] as const;
export const ParticipantKind = z.enum(PARTICIPANT_KINDS);

export const CreateRegistration = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.string().trim().toLowerCase().email().max(254),
  participantKind: ParticipantKind.default("student"),
});
export type CreateRegistration = z.input<typeof CreateRegistration>;
export const Registration = z.object({
  id: Id,
  eventId: Id,
  name: z.string(),
  email: z.string(),
  participantKind: ParticipantKind,
  status: RegistrationStatus,
  /** Position on the waiting list (1 = next), null otherwise. */
  waitingPosition: z.number().int().nullable(),
  attended: z.boolean(),
  registeredAt: IsoDateTime,
  version: Version,
});
export type Registration = z.infer<typeof Registration>;
export const RegistrationList = z.object({ items: z.array(Registration) });
export const UpdateRegistration = z
  .object({ version: Version, attended: z.boolean().optional(), status: z.literal("cancelled").optional() })
  .refine((v) => v.attended !== undefined || v.status !== undefined, { path: ["attended"], message: "Give the attendance or cancel." });
export type UpdateRegistration = z.infer<typeof UpdateRegistration>;
export const AttendeesExportQuery = z.object({ format: z.enum(["csv", "xlsx"]).default("csv") });

/** Individual interviews: the team opens slots, students or staff book one, the team keeps private notes. */
export const CreateInterviewSlots = z
  .object({
    interviewer: z.string().trim().min(1).max(200),
    place: z.string().trim().min(1).max(200),
    /** First slot start; `count` consecutive slots of `minutes` each follow. */
    startsAt: IsoDateTime,
    minutes: z.number().int().min(10).max(240),
    count: z.number().int().min(1).max(40).default(1),
  });
export type CreateInterviewSlots = z.input<typeof CreateInterviewSlots>;

export const InterviewBooking = z.object({
  id: Id,
  slotId: Id,
  name: z.string(),
  email: z.string(),
  participantKind: ParticipantKind,
  topic: z.string(),
  /** Private to the Erasmus+ team: absent for readers. */
  notes: z.string().optional(),
  version: Version,
  bookedAt: IsoDateTime,
});
export type InterviewBooking = z.infer<typeof InterviewBooking>;

export const InterviewSlot = z.object({
  id: Id,
  interviewer: z.string(),
  place: z.string(),
  startsAt: IsoDateTime,
  endsAt: IsoDateTime,
  booking: InterviewBooking.nullable(),
});
export type InterviewSlot = z.infer<typeof InterviewSlot>;
export const InterviewSlotPage = pageOf(InterviewSlot);
export const InterviewSlotList = z.object({ items: z.array(InterviewSlot) });
export const InterviewSlotQuery = z.object({
  from: IsoDateTime.optional(),
  to: IsoDateTime.optional(),
  free: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
  ...pageQuery,
});

export const CreateBooking = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.string().trim().toLowerCase().email().max(254),
  participantKind: ParticipantKind.default("student"),
  topic: z.string().trim().min(1).max(500),
});
export type CreateBooking = z.input<typeof CreateBooking>;
export const UpdateBookingNotes = z.object({ version: Version, notes: z.string().trim().max(20_000) });
export type UpdateBookingNotes = z.infer<typeof UpdateBookingNotes>;
