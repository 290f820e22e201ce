import type { CourseSemester, EctsGrade, StudentCourse, StudentCourseChange, StudentCourseStatus } from "@orbis/contracts/incoming";
import type { Db } from "@orbis/db";
import { HttpProblem } from "@orbis/service-kit";
import { asc, eq, sql } from "drizzle-orm";
import { courses, studentCourseChanges, studentCourses } from "../db/schema/index";
import type { CourseRow } from "./courses";

export type StudentCourseRow = typeof studentCourses.$inferSelect;

export function toStudentCourse(row: StudentCourseRow, course: CourseRow): StudentCourse {
  return {
    id: row.id,
    version: row.version,
    studentId: row.studentId,
    course: {
      id: course.id,
      code: course.code,
      titleFr: course.titleFr,
      titleEn: course.titleEn,
      titleEs: course.titleEs,
      department: course.department,
      semester: course.semester as CourseSemester,
      credits: course.credits,
    },
    status: row.status as StudentCourseStatus,
    decisionComment: row.decisionComment,
    decidedBy: row.decidedBy,
    removedOn: row.removedOn,
    removalReason: row.removalReason,
    grade: row.grade,
    result: row.result as StudentCourse["result"],
    ectsObtained: row.ectsObtained,
    ectsGrade: row.ectsGrade as EctsGrade | null,
    gradedBy: row.gradedBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toChange(row: typeof studentCourseChanges.$inferSelect): StudentCourseChange {
  return {
    id: row.id,
    studentCourseId: row.studentCourseId,
    courseCode: row.courseCode,
    change: row.change as StudentCourseChange["change"],
    on: row.on,
    duringStay: row.duringStay,
    reason: row.reason,
    actor: row.actor,
  };
}

/** The student's courses (current first, then removed ones) with their courses. */
export async function studentCoursesOf(db: Db, studentId: string) {
  const rows = await db
    .select({ line: studentCourses, course: courses })
    .from(studentCourses)
    .innerJoin(courses, eq(courses.id, studentCourses.courseId))
    .where(eq(studentCourses.studentId, studentId))
    .orderBy(sql`${studentCourses.removedOn} is not null`, asc(studentCourses.removedOn), asc(courses.code), asc(studentCourses.createdAt));
  return rows.map(({ line, course }) => toStudentCourse(line, course));
}

export async function changesOf(db: Db, studentId: string) {
  const rows = await db.select().from(studentCourseChanges).where(eq(studentCourseChanges.studentId, studentId)).orderBy(asc(studentCourseChanges.at));
  return rows.map(toChange);
}

/** One line of a learning agreement with its course, locked for the change (PostgreSQL), or 404. */
export async function loadStudentCourse(tx: Db, id: string) {
  const [line] = await tx.select().from(studentCourses).where(eq(studentCourses.id, id)).for("update");
  if (!line) throw new HttpProblem("not_found", "No such course in a learning agreement.");
  const [course] = await tx.select().from(courses).where(eq(courses.id, line.courseId));
  return { line, course: course! };
}

/** A change once the student is here (or gone) is a change during the stay. */
export const isDuringStay = (status: string) => status === "arrived" || status === "departed";

export const today = (now: Date) => now.toISOString().slice(0, 10);
