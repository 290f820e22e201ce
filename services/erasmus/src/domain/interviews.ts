import type { InterviewBooking, InterviewSlot } from "@orbis/contracts/erasmus";
import type { interviewBookings, interviewSlots } from "../db/schema/index";

type SlotRow = typeof interviewSlots.$inferSelect;
type BookingRow = typeof interviewBookings.$inferSelect;

/** Notes are private to the Erasmus+ team: readers (leadership, analysts) get the booking without them. */
export function toBooking(row: BookingRow, withNotes: boolean): InterviewBooking {
  return {
    id: row.id,
    slotId: row.slotId,
    name: row.name,
    email: row.email,
    participantKind: row.participantKind as InterviewBooking["participantKind"],
    topic: row.topic,
    ...(withNotes ? { notes: row.notes } : {}),
    version: row.version,
    bookedAt: row.bookedAt.toISOString(),
  };
}

export function toSlot(row: SlotRow, booking: BookingRow | null, withNotes: boolean): InterviewSlot {
  return {
    id: row.id,
    interviewer: row.interviewer,
    place: row.place,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    booking: booking ? toBooking(booking, withNotes) : null,
  };
}
