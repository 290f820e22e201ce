import type { EventKind } from "@orbis/contracts/erasmus";
import type { Db } from "@orbis/db";
import { recordAudit } from "@orbis/service-kit";
import { audit, eventRegistrations, events, interviewBookings, interviewSlots } from "../db/schema/index";
import type { DemoErasmusData } from "./data";
import { addDays, chanceOf, chunks, intOf, pickOf } from "./pick";

type Insert<T extends { $inferInsert: unknown }> = T["$inferInsert"] & { id: string };

/** The yearly calendar of the Erasmus+ pole's communication (month, day, hour in UTC). */
const CALENDAR: ReadonlyArray<{ kind: EventKind; title: string; place: string; at: [number, number, number]; hours: number; capacity: number }> = [
  { kind: "welcome-talk", title: "Amphi de rentrée : partir à l'étranger", place: "Grand amphithéâtre", at: [9, 20, 10], hours: 1, capacity: 250 },
  { kind: "erasmus-days", title: "Erasmus Days", place: "Hall du bâtiment principal", at: [10, 14, 9], hours: 7, capacity: 150 },
  { kind: "information-session", title: "Réunion d'information : mobilité d'études Erasmus+", place: "Amphi 2", at: [11, 18, 12], hours: 1, capacity: 80 },
  { kind: "information-session", title: "Réunion d'information : stages Erasmus+", place: "Salle 3.05", at: [1, 22, 12], hours: 1, capacity: 40 },
  { kind: "workshop", title: "Atelier : mobilité des personnels (STA/STT)", place: "Salle du conseil", at: [3, 12, 14], hours: 2, capacity: 25 },
];
const INTERVIEWERS = ["Sophie Bernard", "Julien Caron"];

/** Events of every academic year with their registrations (students of the universe), waiting lists and attendance. */
export function communicationRows(data: DemoErasmusData) {
  const today = data.universe.referenceDate;
  const people = data.universe.students.filter((s) => s.direction === "outgoing");
  const eventRows: Array<Insert<typeof events>> = [];
  const registrations: Array<Insert<typeof eventRegistrations>> = [];
  const slots: Array<Insert<typeof interviewSlots>> = [];
  const bookings: Array<Insert<typeof interviewBookings>> = [];
  for (let year = data.firstYear; year <= data.currentYear; year++) {
    for (const [i, e] of CALENDAR.entries()) {
      const key = `event/${year}/${i}`;
      const calendarYear = e.at[0] >= 9 ? year : year + 1;
      const startsAt = new Date(Date.UTC(calendarYear, e.at[0] - 1, e.at[1], e.at[2]));
      const id = data.id("erasmus-event", key);
      const past = startsAt.toISOString().slice(0, 10) < today;
      const capacity = Math.max(10, Math.round(e.capacity * Math.min(1, data.universe.scale)));
      eventRows.push({
        id,
        kind: e.kind,
        title: `${e.title} ${year}-${year + 1}`,
        description: "Présentation des programmes, témoignages d'étudiants partis, questions-réponses.",
        place: e.place,
        audience: e.kind === "workshop" ? "staff" : "students",
        startsAt,
        endsAt: new Date(startsAt.getTime() + e.hours * 3_600_000),
        capacity,
        registrationOpen: !past,
        createdAt: new Date(startsAt.getTime() - 30 * 86_400_000),
      });
      const wanted = Math.round(capacity * (intOf(`${key}/fill`, 60, 115) / 100));
      const seen = new Set<string>();
      for (let n = 0; n < wanted && people.length; n++) {
        const person = pickOf(`${key}/r${n}`, people);
        if (seen.has(person.email)) continue;
        seen.add(person.email);
        const confirmed = seen.size <= capacity;
        registrations.push({
          id: data.id("erasmus-registration", `${key}/${person.id}`),
          eventId: id,
          name: `${person.firstName} ${person.lastName}`,
          email: person.email,
          participantKind: e.kind === "workshop" ? "staff" : "student",
          status: confirmed ? "registered" : "waiting",
          attended: confirmed && past && chanceOf(`${key}/a${n}`, 0.78),
          registeredAt: new Date(startsAt.getTime() - intOf(`${key}/t${n}`, 1, 28) * 86_400_000 + n * 60_000),
        });
      }
    }
    // Interview days: one Tuesday a month from November to March, six half-hour slots per interviewer.
    for (let month = 0; month < 5; month++) {
      const first = new Date(Date.UTC(month < 2 ? year : year + 1, (10 + month) % 12, 1));
      const tuesday = addDays(first.toISOString().slice(0, 10), (2 - first.getUTCDay() + 7) % 7 + 7);
      for (const interviewer of INTERVIEWERS) {
        for (let s = 0; s < 6; s++) {
          const key = `slot/${tuesday}/${interviewer}/${s}`;
          const startsAt = new Date(`${tuesday}T${String(9 + Math.floor(s / 2)).padStart(2, "0")}:${s % 2 ? "30" : "00"}:00Z`);
          const id = data.id("erasmus-interview-slot", key);
          slots.push({ id, interviewer, place: "Bureau Erasmus+ (112)", startsAt, endsAt: new Date(startsAt.getTime() + 30 * 60_000) });
          if (!chanceOf(`${key}/booked`, tuesday < today ? 0.75 : 0.35) || !people.length) continue;
          const person = pickOf(`${key}/who`, people);
          bookings.push({
            id: data.id("erasmus-interview-booking", key),
            slotId: id,
            name: `${person.firstName} ${person.lastName}`,
            email: person.email,
            participantKind: "student",
            topic: pickOf(`${key}/topic`, ["Choix de la destination", "Bourse et complément de bourse", "Stage Erasmus+", "Contrat d'études", "Retour de mobilité"]),
            notes: tuesday < today ? "Entretien mené ; pistes de destinations notées." : "",
            bookedAt: new Date(startsAt.getTime() - 7 * 86_400_000),
          });
        }
      }
    }
  }
  return { events: eventRows, registrations, slots, bookings };
}

export async function seedCommunication(tx: Db, data: DemoErasmusData, actor: { actor: string; actorKind: string }) {
  const rows = communicationRows(data);
  const inserted = await tx.insert(events).values(rows.events).onConflictDoNothing().returning({ id: events.id });
  for (const row of inserted) await recordAudit(tx, audit, actor, { action: "seed", entity: "event", entityId: row.id });
  let registrations = 0;
  for (const chunk of chunks(rows.registrations)) registrations += (await tx.insert(eventRegistrations).values(chunk).onConflictDoNothing().returning({ id: eventRegistrations.id })).length;
  let slots = 0;
  for (const chunk of chunks(rows.slots)) slots += (await tx.insert(interviewSlots).values(chunk).onConflictDoNothing().returning({ id: interviewSlots.id })).length;
  let bookings = 0;
  for (const chunk of chunks(rows.bookings)) bookings += (await tx.insert(interviewBookings).values(chunk).onConflictDoNothing().returning({ id: interviewBookings.id })).length;
  return { events: inserted.length, eventRegistrations: registrations, interviewSlots: slots, interviewBookings: bookings };
}
