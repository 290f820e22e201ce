import { Course, CourseInput, CoursePage, CourseQuery, CourseUpdate } from "@orbis/contracts/incoming";
import { assertDepartmentInScope, createRouter, defineRoute, HttpProblem, jsonBody, jsonResponse, principalOf, recordAudit, updateVersioned } from "@orbis/service-kit";
import { and, asc, count, eq, isNotNull } from "drizzle-orm";
import type { Db } from "@orbis/db";
import { audit, courses, studentCourses } from "../db/schema/index";
import { READERS, WRITERS_AND_COORDINATORS } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { courseWhere, loadCourse, toCourse } from "../domain/courses";
import { isUniqueViolation } from "../domain/db-errors";
import type { RouteContext } from "./context";

/** Credits obtained were copied from the course when graded: changing them afterwards would contradict transcripts. */
async function assertNoGrades(tx: Db, courseId: string) {
  const [graded] = await tx.select({ n: count() }).from(studentCourses).where(and(eq(studentCourses.courseId, courseId), isNotNull(studentCourses.grade)));
  if (graded && graded.n > 0) {
    throw new HttpProblem("conflict", `${graded.n} student(s) already have a grade in this course: its credits can no longer change.`, { errors: [{ path: "body.credits", message: "Course already graded" }] });
  }
}

/** The course catalogue: read by everyone, kept by the office and by each department's coordinators for their courses. */
export function courseRoutes({ db }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/courses",
      tags: ["courses"],
      summary: "Courses offered to incoming students, by department, semester or text",
      access: { roles: READERS },
      request: { query: CourseQuery },
      responses: { 200: jsonResponse(CoursePage, "A page of courses, by code") },
    }),
    async (c) => {
      const query = c.req.valid("query");
      const where = courseWhere(query);
      const [rows, [total]] = await Promise.all([
        db.select().from(courses).where(where).orderBy(asc(courses.code)).limit(query.limit).offset(query.offset),
        db.select({ n: count() }).from(courses).where(where),
      ]);
      return c.json({ items: rows.map(toCourse), total: total?.n ?? 0 }, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/courses",
      tags: ["courses"],
      summary: "Add a course to the catalogue (coordinators: their departments only)",
      access: { roles: WRITERS_AND_COORDINATORS },
      request: jsonBody(CourseInput),
      responses: { 201: jsonResponse(Course, "The course created") },
    }),
    async (c) => {
      const input = c.req.valid("json");
      assertDepartmentInScope(principalOf(c), input.department);
      try {
        const row = await db.transaction(async (tx) => {
          const [created] = await tx.insert(courses).values(input).returning();
          await recordAudit(tx, audit, c, { action: "create", entity: "course", entityId: created!.id, after: toCourse(created!) });
          return created!;
        });
        return c.json(toCourse(row), 201);
      } catch (error) {
        if (isUniqueViolation(error)) throw new HttpProblem("duplicate", `A course with code ${input.code} already exists.`, { errors: [{ path: "body.code", message: "Already used" }] });
        throw error;
      }
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/courses/{id}",
      tags: ["courses"],
      summary: "One course",
      access: { roles: READERS },
      request: { params: IdParams },
      responses: { 200: jsonResponse(Course, "The course") },
    }),
    async (c) => c.json(toCourse(await loadCourse(db, c.req.valid("param").id)), 200),
  );

  router.openapi(
    defineRoute({
      method: "patch",
      path: "/courses/{id}",
      tags: ["courses"],
      summary: "Edit a course (titles, semester, credits, ISCED, level); version required",
      access: { roles: WRITERS_AND_COORDINATORS },
      request: { params: IdParams, ...jsonBody(CourseUpdate) },
      responses: { 200: jsonResponse(Course, "The course after the change") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, ...changes } = c.req.valid("json");
      const row = await db.transaction(async (tx) => {
        const before = await loadCourse(tx, id);
        assertDepartmentInScope(principalOf(c), before.department);
        if (changes.credits !== undefined && changes.credits !== before.credits) await assertNoGrades(tx, id);
        const after = await updateVersioned(tx, courses, id, version, changes);
        await recordAudit(tx, audit, c, { action: "update", entity: "course", entityId: id, before: toCourse(before), after: toCourse(after) });
        return after;
      });
      return c.json(toCourse(row), 200);
    },
  );

  return router;
}
