import type { Course, CourseQuery, CourseSemester, StudyLevel } from "@orbis/contracts/incoming";
import type { Db } from "@orbis/db";
import { HttpProblem } from "@orbis/service-kit";
import { and, eq, or, sql, type SQL } from "drizzle-orm";
import { courses } from "../db/schema/index";
import { containsPattern } from "./students";

export type CourseRow = typeof courses.$inferSelect;

export function toCourse(row: CourseRow): Course {
  return {
    ...row,
    semester: row.semester as CourseSemester,
    level: row.level as StudyLevel,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function courseWhere(query: CourseQuery): SQL | undefined {
  const where: (SQL | undefined)[] = [];
  if (query.department) where.push(eq(courses.department, query.department));
  if (query.semester) where.push(eq(courses.semester, query.semester));
  if (query.q) {
    const pattern = containsPattern(query.q);
    where.push(or(sql`lower(${courses.code}) like ${pattern}`, sql`lower(${courses.titleFr}) like ${pattern}`, sql`lower(${courses.titleEn}) like ${pattern}`));
  }
  return and(...where);
}

export async function loadCourse(db: Db, id: string): Promise<CourseRow> {
  const [row] = await db.select().from(courses).where(eq(courses.id, id));
  if (!row) throw new HttpProblem("not_found", "No such course.");
  return row;
}
