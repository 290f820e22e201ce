import { CourseEnrolment, GradeEntry, type EctsGrade } from "@orbis/contracts/incoming";
import { assertDepartmentInScope, createRouter, defineRoute, HttpProblem, jsonBody, jsonResponse, principalOf, recordAudit } from "@orbis/service-kit";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { audit, studentCourses, students } from "../db/schema/index";
import { actorOf, READERS, WRITERS_AND_COORDINATORS } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { loadCourse } from "../domain/courses";
import { gradeOutcome } from "../domain/grades";
import type { RouteContext } from "./context";

const Enrolments = z.array(CourseEnrolment);

const toEnrolment = ({ line, firstName, lastName }: { line: typeof studentCourses.$inferSelect; firstName: string; lastName: string }): CourseEnrolment => ({
  studentCourseId: line.id,
  version: line.version,
  studentId: line.studentId,
  firstName,
  lastName,
  grade: line.grade,
  result: line.result as CourseEnrolment["result"],
  ectsObtained: line.ectsObtained,
  ectsGrade: line.ectsGrade as EctsGrade | null,
});

/** Grades of a course, entered by the coordinators of the course's department (or the office), all rows or none. */
export function gradeRoutes({ db }: RouteContext) {
  const router = createRouter();

  const enrolmentsOf = (courseId: string) =>
    db
      .select({ line: studentCourses, firstName: students.firstName, lastName: students.lastName })
      .from(studentCourses)
      .innerJoin(students, eq(students.id, studentCourses.studentId))
      .where(and(eq(studentCourses.courseId, courseId), eq(studentCourses.status, "approved"), isNull(studentCourses.removedOn)))
      .orderBy(asc(students.lastName), asc(students.firstName), asc(students.id));

  router.openapi(
    defineRoute({
      method: "get",
      path: "/courses/{id}/enrolments",
      tags: ["grades"],
      summary: "The incoming students following the course (approved, not removed) and their grades",
      access: { roles: READERS },
      request: { params: IdParams },
      responses: { 200: jsonResponse(Enrolments, "The students by name") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const course = await loadCourse(db, id);
      assertDepartmentInScope(principalOf(c), course.department);
      const rows = await enrolmentsOf(id);
      return c.json(
        rows.map(toEnrolment),
        200,
      );
    },
  );

  router.openapi(
    defineRoute({
      method: "put",
      path: "/courses/{id}/grades",
      tags: ["grades"],
      summary: "Enter grades for a course (French scale 0-20 in quarter points): every row is saved, or none",
      access: { roles: WRITERS_AND_COORDINATORS },
      request: { params: IdParams, ...jsonBody(GradeEntry) },
      responses: { 200: jsonResponse(Enrolments, "The course's students with their grades") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { grades } = c.req.valid("json");
      const principal = principalOf(c);
      const course = await loadCourse(db, id);
      assertDepartmentInScope(principal, course.department);
      const seen = new Set<string>();
      const duplicates = grades.flatMap((g, i) => (seen.has(g.studentId) ? [{ path: `body.grades.${i}.studentId`, message: "Graded twice" }] : (seen.add(g.studentId), [])));
      if (duplicates.length) throw new HttpProblem("validation", "A student appears twice.", { errors: duplicates });
      await db.transaction(async (tx) => {
        const lines = await tx
          .select()
          .from(studentCourses)
          .where(and(eq(studentCourses.courseId, id), eq(studentCourses.status, "approved"), isNull(studentCourses.removedOn)))
          .for("update");
        const byStudent = new Map(lines.map((l) => [l.studentId, l]));
        const unknown = grades.flatMap((g, i) => (byStudent.has(g.studentId) ? [] : [{ path: `body.grades.${i}.studentId`, message: "Not following this course (approved)" }]));
        if (unknown.length) throw new HttpProblem("validation", "Some students do not follow this course.", { errors: unknown });
        const stale = grades.filter((g) => byStudent.get(g.studentId)!.version !== g.version);
        if (stale.length) throw new HttpProblem("stale_version", `The grades of ${stale.length} student(s) changed since you loaded the page. Reload and enter them again.`);
        for (const g of grades) {
          const before = byStudent.get(g.studentId)!;
          const outcome = gradeOutcome(g.grade, course.credits);
          await tx
            .update(studentCourses)
            .set({ grade: g.grade, ...outcome, gradedBy: actorOf(principal), version: sql`${studentCourses.version} + 1`, updatedAt: new Date() })
            .where(eq(studentCourses.id, before.id));
          await recordAudit(tx, audit, c, { action: "grade", entity: "student-course", entityId: before.id, before: { grade: before.grade }, after: { grade: g.grade, ...outcome } });
        }
      });
      const rows = await enrolmentsOf(id);
      return c.json(
        rows.map(toEnrolment),
        200,
      );
    },
  );

  return router;
}
