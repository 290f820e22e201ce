import { type CefrLevel, type FrenchTestRegistration, type FrenchTestSession } from "@orbis/contracts/incoming";
import type { Db } from "@orbis/db";
import { HttpProblem } from "@orbis/service-kit";
import { asc, count, eq, inArray, type SQL } from "drizzle-orm";
import { frenchTestRegistrations, frenchTestSessions, students } from "../db/schema/index";
import { iso, studentRefColumns } from "./life";

type SessionRow = typeof frenchTestSessions.$inferSelect;

export function toSession(row: SessionRow, registered: number): FrenchTestSession {
  return { id: row.id, version: row.version, date: row.date, startTime: row.startTime, room: row.room, capacity: row.capacity, registered, createdAt: iso(row.createdAt), updatedAt: iso(row.updatedAt) };
}

export async function registeredCounts(db: Db, sessionIds: string[]): Promise<Map<string, number>> {
  if (!sessionIds.length) return new Map();
  const rows = await db
    .select({ sessionId: frenchTestRegistrations.sessionId, n: count() })
    .from(frenchTestRegistrations)
    .where(inArray(frenchTestRegistrations.sessionId, sessionIds))
    .groupBy(frenchTestRegistrations.sessionId);
  return new Map(rows.map((r) => [r.sessionId, r.n]));
}

export async function loadSession(db: Db, id: string, lock = false): Promise<SessionRow> {
  const query = db.select().from(frenchTestSessions).where(eq(frenchTestSessions.id, id));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new HttpProblem("not_found", "No such French test session.");
  return row;
}

const registrationColumns = {
  id: frenchTestRegistrations.id,
  version: frenchTestRegistrations.version,
  sessionId: frenchTestRegistrations.sessionId,
  level: frenchTestRegistrations.level,
  groupCode: frenchTestRegistrations.groupCode,
  createdAt: frenchTestRegistrations.createdAt,
  updatedAt: frenchTestRegistrations.updatedAt,
  ...studentRefColumns,
};

/** Registrations with the student's name; pass the caller's scope condition to restrict them to their departments. */
export async function registrationsWhere(db: Db, where: SQL | undefined): Promise<FrenchTestRegistration[]> {
  const rows = await db
    .select(registrationColumns)
    .from(frenchTestRegistrations)
    .innerJoin(students, eq(students.id, frenchTestRegistrations.studentId))
    .where(where)
    .orderBy(asc(students.lastName), asc(students.firstName), asc(frenchTestRegistrations.id));
  return rows.map((r) => ({ ...r, level: r.level as CefrLevel | null, createdAt: iso(r.createdAt), updatedAt: iso(r.updatedAt) }));
}
