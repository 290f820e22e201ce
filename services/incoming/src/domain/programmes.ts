import type { AttendanceMark, ClassSession, Cohort, Participant, Programme } from "@orbis/contracts/incoming";
import type { Db } from "@orbis/db";
import { HttpProblem } from "@orbis/service-kit";
import { asc, count, eq, inArray, type SQL } from "drizzle-orm";
import { attendance, classSessions, cohortCourses, cohorts, participants, programmes, students } from "../db/schema/index";
import { iso, studentRefColumns } from "./life";

type ProgrammeRow = typeof programmes.$inferSelect;
type CohortRow = typeof cohorts.$inferSelect;

export function toProgramme(row: ProgrammeRow): Programme {
  return { ...row, kind: row.kind as Programme["kind"], createdAt: iso(row.createdAt), updatedAt: iso(row.updatedAt) };
}

export function toCohort(row: CohortRow, participantCount: number): Cohort {
  const { createdAt: _c, updatedAt: _u, ...cohort } = row;
  return { ...cohort, participants: participantCount };
}

export async function loadProgramme(db: Db, id: string): Promise<ProgrammeRow> {
  const [row] = await db.select().from(programmes).where(eq(programmes.id, id));
  if (!row) throw new HttpProblem("not_found", "No such programme.");
  return row;
}

export async function loadCohort(db: Db, id: string, lock = false): Promise<CohortRow> {
  const query = db.select().from(cohorts).where(eq(cohorts.id, id));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new HttpProblem("not_found", "No such cohort.");
  return row;
}

export async function participantCounts(db: Db, cohortIds: string[]): Promise<Map<string, number>> {
  if (!cohortIds.length) return new Map();
  const rows = await db.select({ cohortId: participants.cohortId, n: count() }).from(participants).where(inArray(participants.cohortId, cohortIds)).groupBy(participants.cohortId);
  return new Map(rows.map((r) => [r.cohortId, r.n]));
}

/** Present over present plus absent: an excused class counts neither way. */
export function attendanceRate(marks: AttendanceMark[]): number | null {
  const present = marks.filter((m) => m === "present").length;
  const counted = present + marks.filter((m) => m === "absent").length;
  return counted ? present / counted : null;
}

/** Participants with their fees and attendance rate; pass the caller's scope to restrict them to their departments. */
export async function participantsWhere(db: Db, where: SQL | undefined): Promise<Participant[]> {
  const rows = await db
    .select({
      id: participants.id,
      version: participants.version,
      cohortId: participants.cohortId,
      feeDueCents: participants.feeDueCents,
      feePaidCents: participants.feePaidCents,
      feeWaivedCents: participants.feeWaivedCents,
      ...studentRefColumns,
    })
    .from(participants)
    .innerJoin(students, eq(students.id, participants.studentId))
    .where(where)
    .orderBy(asc(students.lastName), asc(students.firstName), asc(participants.id));
  const ids = rows.map((r) => r.id);
  const marks = ids.length ? await db.select({ participantId: attendance.participantId, mark: attendance.mark }).from(attendance).where(inArray(attendance.participantId, ids)) : [];
  return rows.map((r) => ({
    ...r,
    feeBalanceCents: r.feeDueCents - r.feePaidCents - r.feeWaivedCents,
    attendanceRate: attendanceRate(marks.filter((m) => m.participantId === r.id).map((m) => m.mark as AttendanceMark)),
  }));
}

/** The classes of a cohort's courses with the marks taken, earliest first. */
export async function sessionsOfCohort(db: Db, cohortId: string): Promise<ClassSession[]> {
  const rows = await db
    .select({ id: classSessions.id, version: classSessions.version, courseId: classSessions.courseId, date: classSessions.date })
    .from(classSessions)
    .innerJoin(cohortCourses, eq(cohortCourses.id, classSessions.courseId))
    .where(eq(cohortCourses.cohortId, cohortId))
    .orderBy(asc(classSessions.date), asc(classSessions.id));
  const ids = rows.map((r) => r.id);
  const marks = ids.length ? await db.select().from(attendance).where(inArray(attendance.sessionId, ids)) : [];
  return rows.map((r) => ({
    ...r,
    marks: Object.fromEntries(marks.filter((m) => m.sessionId === r.id).map((m) => [m.participantId, m.mark as AttendanceMark])),
  }));
}
