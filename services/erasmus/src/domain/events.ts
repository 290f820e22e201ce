import type { ErasmusEvent, Registration } from "@orbis/contracts/erasmus";
import type { Db } from "@orbis/db";
import { recordAudit } from "@orbis/service-kit";
import type { Context } from "hono";
import type { ServiceEnv } from "@orbis/service-kit";
import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import type { events } from "../db/schema/index";
import { audit, eventRegistrations } from "../db/schema/index";

export type EventRow = typeof events.$inferSelect;
export type RegistrationRow = typeof eventRegistrations.$inferSelect;
export interface EventCounts {
  registered: number;
  waiting: number;
  attended: number;
}
const NO_COUNTS: EventCounts = { registered: 0, waiting: 0, attended: 0 };

export function toEvent(row: EventRow, counts: EventCounts = NO_COUNTS): ErasmusEvent {
  return {
    id: row.id,
    kind: row.kind as ErasmusEvent["kind"],
    title: row.title,
    description: row.description,
    place: row.place,
    audience: row.audience as ErasmusEvent["audience"],
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    capacity: row.capacity,
    registrationOpen: row.registrationOpen,
    ...counts,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Registered, waiting and attended counts of the events, in one query. */
export async function countsOf(db: Db, eventIds: string[]): Promise<Map<string, EventCounts>> {
  const result = new Map<string, EventCounts>();
  if (!eventIds.length) return result;
  const rows = await db
    .select({
      eventId: eventRegistrations.eventId,
      registered: sql<number>`count(*) filter (where ${eventRegistrations.status} = 'registered')`.mapWith(Number),
      waiting: sql<number>`count(*) filter (where ${eventRegistrations.status} = 'waiting')`.mapWith(Number),
      attended: sql<number>`count(*) filter (where ${eventRegistrations.attended})`.mapWith(Number),
    })
    .from(eventRegistrations)
    .where(inArray(eventRegistrations.eventId, eventIds))
    .groupBy(eventRegistrations.eventId);
  for (const row of rows) result.set(row.eventId, { registered: row.registered, waiting: row.waiting, attended: row.attended });
  return result;
}

/** The registrations of an event in list order (confirmed, then the waiting list in order of arrival), with positions. */
export function toRegistrations(rows: RegistrationRow[]): Registration[] {
  let position = 0;
  return rows.map((row) => ({
    id: row.id,
    eventId: row.eventId,
    name: row.name,
    email: row.email,
    participantKind: row.participantKind as Registration["participantKind"],
    status: row.status as Registration["status"],
    waitingPosition: row.status === "waiting" ? ++position : null,
    attended: row.attended,
    registeredAt: row.registeredAt.toISOString(),
    version: row.version,
  }));
}

export const STATUS_ORDER = sql`case ${eventRegistrations.status} when 'registered' then 0 when 'waiting' then 1 else 2 end`;

export async function confirmedCount(db: Db, eventId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(eventRegistrations).where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.status, "registered")));
  return row?.n ?? 0;
}

/**
 * Moves the waiting list up while seats are free (after a cancellation or a larger capacity), first come first served.
 * The caller holds the event's row lock.
 */
export async function promoteWaiting(tx: Db, c: Context<ServiceEnv>, event: EventRow): Promise<number> {
  const free = event.capacity - (await confirmedCount(tx, event.id));
  if (free <= 0) return 0;
  const next = await tx
    .select()
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, event.id), eq(eventRegistrations.status, "waiting")))
    .orderBy(asc(eventRegistrations.registeredAt), asc(eventRegistrations.id))
    .limit(free);
  for (const row of next) {
    await tx.update(eventRegistrations).set({ status: "registered", version: row.version + 1, updatedAt: new Date() }).where(eq(eventRegistrations.id, row.id));
    await recordAudit(tx, audit, c, { action: "promote", entity: "event-registration", entityId: row.id, before: { status: "waiting" }, after: { status: "registered" } });
  }
  return next.length;
}
