import type { Allocation, HousingRequest, Residence, Room } from "@orbis/contracts/incoming";
import type { Db } from "@orbis/db";
import { HttpProblem } from "@orbis/service-kit";
import { and, asc, eq, gte, lte, ne, type SQL } from "drizzle-orm";
import { allocations, housingRequests, residences, rooms, students } from "../db/schema/index";
import { iso, studentRefColumns } from "./life";

type RoomRow = typeof rooms.$inferSelect;
type ResidenceRow = typeof residences.$inferSelect;
type Period = { from: string; to: string };

/** Both days included: two periods overlap when each starts before the other ends. */
export const overlaps = (a: Period, b: Period) => a.from <= b.to && b.from <= a.to;

/**
 * The most beds the given allocations take at once within the period. Occupancy only rises on a start day, so it
 * is enough to count at the period's start and at each allocation's start inside it.
 */
export function peakOccupancy(period: Period, taken: Period[]): number {
  const inside = taken.filter((a) => overlaps(a, period));
  const days = [period.from, ...inside.map((a) => a.from).filter((d) => d > period.from && d <= period.to)];
  return Math.max(0, ...days.map((day) => inside.filter((a) => a.from <= day && day <= a.to).length));
}

export function toRoom(row: RoomRow, occupied: number): Room {
  const { createdAt: _c, updatedAt: _u, ...room } = row;
  return { ...room, occupied };
}

export function toResidence(row: ResidenceRow, roomList: Room[]): Residence {
  return { ...row, rooms: roomList, createdAt: iso(row.createdAt), updatedAt: iso(row.updatedAt) };
}

export async function loadRoom(db: Db, id: string, lock = false): Promise<RoomRow> {
  const query = db.select().from(rooms).where(eq(rooms.id, id));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new HttpProblem("not_found", "No such room.");
  return row;
}

export async function loadResidence(db: Db, id: string): Promise<ResidenceRow> {
  const [row] = await db.select().from(residences).where(eq(residences.id, id));
  if (!row) throw new HttpProblem("not_found", "No such residence.");
  return row;
}

/** The active allocations of a room overlapping a period. */
export function activeAllocationsOfRoom(db: Db, roomId: string, period: Period) {
  return db
    .select({ id: allocations.id, from: allocations.from, to: allocations.to })
    .from(allocations)
    .where(and(eq(allocations.roomId, roomId), eq(allocations.status, "active"), lte(allocations.from, period.to), gte(allocations.to, period.from)));
}

/** Residences with their rooms and the beds taken on a day. */
export async function residencesWithRooms(db: Db, on: string, where?: SQL): Promise<Residence[]> {
  const [residenceRows, roomRows, active] = await Promise.all([
    db.select().from(residences).where(where).orderBy(asc(residences.name), asc(residences.id)),
    db.select().from(rooms).orderBy(asc(rooms.number), asc(rooms.id)),
    db
      .select({ roomId: allocations.roomId })
      .from(allocations)
      .where(and(eq(allocations.status, "active"), lte(allocations.from, on), gte(allocations.to, on))),
  ]);
  const occupied = new Map<string, number>();
  for (const a of active) occupied.set(a.roomId, (occupied.get(a.roomId) ?? 0) + 1);
  return residenceRows.map((r) =>
    toResidence(
      r,
      roomRows.filter((room) => room.residenceId === r.id).map((room) => toRoom(room, occupied.get(room.id) ?? 0)),
    ),
  );
}

const requestColumns = {
  id: housingRequests.id,
  version: housingRequests.version,
  residenceId: housingRequests.residenceId,
  maxRentCents: housingRequests.maxRentCents,
  from: housingRequests.from,
  to: housingRequests.to,
  status: housingRequests.status,
  requestedAt: housingRequests.requestedAt,
  ...studentRefColumns,
};

/**
 * Requests in request order; waiting ones numbered by their place on the whole waiting list (a coordinator's
 * filtered view keeps the true positions).
 */
export async function housingRequestsWhere(db: Db, where: SQL | undefined): Promise<HousingRequest[]> {
  const [rows, waiting] = await Promise.all([
    db
      .select(requestColumns)
      .from(housingRequests)
      .innerJoin(students, eq(students.id, housingRequests.studentId))
      .where(where)
      .orderBy(asc(housingRequests.requestedAt), asc(housingRequests.id)),
    db.select({ id: housingRequests.id }).from(housingRequests).where(eq(housingRequests.status, "waiting")).orderBy(asc(housingRequests.requestedAt), asc(housingRequests.id)),
  ]);
  const position = new Map(waiting.map((w, i) => [w.id, i + 1]));
  return rows.map((r) => ({ ...r, status: r.status as HousingRequest["status"], position: position.get(r.id) ?? null, requestedAt: iso(r.requestedAt) }));
}

export async function allocationsWhere(db: Db, where: SQL | undefined): Promise<Allocation[]> {
  const rows = await db
    .select({
      id: allocations.id,
      version: allocations.version,
      requestId: allocations.requestId,
      roomId: allocations.roomId,
      roomNumber: rooms.number,
      residenceName: residences.name,
      from: allocations.from,
      to: allocations.to,
      status: allocations.status,
      createdAt: allocations.createdAt,
      ...studentRefColumns,
    })
    .from(allocations)
    .innerJoin(students, eq(students.id, allocations.studentId))
    .innerJoin(rooms, eq(rooms.id, allocations.roomId))
    .innerJoin(residences, eq(residences.id, rooms.residenceId))
    .where(where)
    .orderBy(asc(residences.name), asc(rooms.number), asc(allocations.from), asc(allocations.id));
  return rows.map((r) => ({ ...r, status: r.status as Allocation["status"], createdAt: iso(r.createdAt) }));
}

/** Another active allocation of the student overlapping the period (one bed per student at a time). */
export async function studentAllocationOverlapping(db: Db, studentId: string, period: Period, except?: string) {
  const [row] = await db
    .select({ id: allocations.id })
    .from(allocations)
    .where(
      and(
        eq(allocations.studentId, studentId),
        eq(allocations.status, "active"),
        lte(allocations.from, period.to),
        gte(allocations.to, period.from),
        except ? ne(allocations.id, except) : undefined,
      ),
    );
  return row;
}
