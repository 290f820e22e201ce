import type { CourseSemester, EctsGrade, Transcript, TranscriptLine } from "@orbis/contracts/incoming";
import type { Db } from "@orbis/db";
import { HttpProblem } from "@orbis/service-kit";
import { and, asc, eq, isNotNull, isNull } from "drizzle-orm";
import { courses, studentCourses, transcripts } from "../db/schema/index";

export type TranscriptRow = typeof transcripts.$inferSelect;

const sum = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 10) / 10;

export function toTranscript(row: TranscriptRow): Transcript {
  const lines = row.lines as TranscriptLine[];
  return {
    id: row.id,
    studentId: row.studentId,
    version: row.version,
    reason: row.reason,
    issuedAt: row.issuedAt.toISOString(),
    issuedBy: row.issuedBy,
    lines,
    totalCredits: sum(lines.map((l) => l.credits)),
    totalEctsObtained: sum(lines.map((l) => l.ectsObtained)),
  };
}

/** The graded courses of the student's current agreement, as a transcript copies them. */
export async function gradedLines(db: Db, studentId: string): Promise<TranscriptLine[]> {
  const rows = await db
    .select({ line: studentCourses, course: courses })
    .from(studentCourses)
    .innerJoin(courses, eq(courses.id, studentCourses.courseId))
    .where(and(eq(studentCourses.studentId, studentId), eq(studentCourses.status, "approved"), isNull(studentCourses.removedOn), isNotNull(studentCourses.grade)))
    .orderBy(asc(courses.semester), asc(courses.code));
  return rows.map(({ line, course }) => ({
    code: course.code,
    titleFr: course.titleFr,
    titleEn: course.titleEn,
    titleEs: course.titleEs,
    semester: course.semester as CourseSemester,
    iscedCode: course.iscedCode,
    credits: course.credits,
    grade: line.grade!,
    result: line.result as "passed" | "failed",
    ectsObtained: line.ectsObtained!,
    ectsGrade: line.ectsGrade as EctsGrade,
  }));
}

export async function loadTranscript(db: Db, studentId: string, version: number): Promise<TranscriptRow> {
  const [row] = await db.select().from(transcripts).where(and(eq(transcripts.studentId, studentId), eq(transcripts.version, version)));
  if (!row) throw new HttpProblem("not_found", `No transcript version ${version} for this student.`);
  return row;
}
