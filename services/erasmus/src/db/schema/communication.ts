import { boolean, index, integer, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { erasmusSchema, versioned } from "./core";

/** An Erasmus Days event, information session, talk or workshop. */
export const events = erasmusSchema.table(
  "events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    place: text("place").notNull(),
    audience: text("audience").notNull().default("all"),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    capacity: integer("capacity").notNull(),
    registrationOpen: boolean("registration_open").notNull().default(true),
    ...versioned(),
  },
  (t) => [index("events_starts_idx").on(t.startsAt)],
);

/** One person's registration; one per email and event. */
export const eventRegistrations = erasmusSchema.table(
  "event_registrations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id),
    name: text("name").notNull(),
    email: text("email").notNull(),
    participantKind: text("participant_kind").notNull(),
    status: text("status").notNull(),
    attended: boolean("attended").notNull().default(false),
    registeredAt: timestamp("registered_at", { withTimezone: true }).notNull().defaultNow(),
    ...versioned(),
  },
  (t) => [uniqueIndex("event_registrations_email_idx").on(t.eventId, t.email), index("event_registrations_status_idx").on(t.eventId, t.status, t.registeredAt)],
);

export const interviewSlots = erasmusSchema.table(
  "interview_slots",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    interviewer: text("interviewer").notNull(),
    place: text("place").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    ...versioned(),
  },
  (t) => [uniqueIndex("interview_slots_time_idx").on(t.interviewer, t.startsAt)],
);

/** A booking holds its slot: the unique slot id is what refuses a double booking, even under concurrency. */
export const interviewBookings = erasmusSchema.table(
  "interview_bookings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slotId: uuid("slot_id")
      .notNull()
      .references(() => interviewSlots.id),
    name: text("name").notNull(),
    email: text("email").notNull(),
    participantKind: text("participant_kind").notNull(),
    topic: text("topic").notNull(),
    notes: text("notes").notNull().default(""),
    bookedAt: timestamp("booked_at", { withTimezone: true }).notNull().defaultNow(),
    ...versioned(),
  },
  (t) => [uniqueIndex("interview_bookings_slot_idx").on(t.slotId)],
);
