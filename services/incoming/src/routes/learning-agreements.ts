import { AddStudentCourse, DecideStudentCourse, LearningAgreement, RemoveStudentCourse, StudentCourse } from "@orbis/contracts/incoming";
import { assertDepartmentInScope, createRouter, defineRoute, HttpProblem, jsonBody, jsonResponse, principalOf, recordAudit, updateVersioned } from "@orbis/service-kit";
import { audit, studentCourseChanges, studentCourses } from "../db/schema/index";
import { actorOf, READERS, WRITERS_AND_COORDINATORS } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { loadCourse } from "../domain/courses";
import { isUniqueViolation } from "../domain/db-errors";
import { changesOf, isDuringStay, loadStudentCourse, studentCoursesOf, toStudentCourse, today } from "../domain/learning-agreements";
import { loadStudent } from "../domain/students";
import type { RouteContext } from "./context";

/**
 * An incoming student's learning agreement at the host: the courses they follow, each approved or rejected by the
 * coordinator of the course's department (or the office), and every later addition or removal, dated with its reason.
 */
export function learningAgreementRoutes({ db, now }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/students/{id}/courses",
      tags: ["learning agreements"],
      summary: "The student's courses (current and removed) and the history of changes",
      access: { roles: READERS },
      request: { params: IdParams },
      responses: { 200: jsonResponse(LearningAgreement, "The learning agreement") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await loadStudent(db, id, principalOf(c));
      const [courses, changes] = await Promise.all([studentCoursesOf(db, id), changesOf(db, id)]);
      return c.json({ courses, changes }, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/students/{id}/courses",
      tags: ["learning agreements"],
      summary: "Propose a course for the student (a reason is kept when the student is already here)",
      access: { roles: WRITERS_AND_COORDINATORS },
      request: { params: IdParams, ...jsonBody(AddStudentCourse) },
      responses: { 201: jsonResponse(StudentCourse, "The proposed course") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { courseId, reason } = c.req.valid("json");
      const student = await loadStudent(db, id, principalOf(c));
      const duringStay = isDuringStay(student.status);
      if (duringStay && !reason) throw new HttpProblem("validation", "A change during the stay needs its reason.", { errors: [{ path: "body.reason", message: "Required during the stay" }] });
      const course = await loadCourse(db, courseId).catch(() => {
        throw new HttpProblem("validation", "No such course in the catalogue.", { errors: [{ path: "body.courseId", message: "Unknown course" }] });
      });
      try {
        const line = await db.transaction(async (tx) => {
          const [created] = await tx.insert(studentCourses).values({ studentId: id, courseId }).returning();
          await tx.insert(studentCourseChanges).values({
            studentCourseId: created!.id,
            studentId: id,
            courseCode: course.code,
            change: "added",
            on: today(now()),
            duringStay,
            reason: reason ?? null,
            actor: actorOf(principalOf(c)),
          });
          const after = toStudentCourse(created!, course);
          await recordAudit(tx, audit, c, { action: "add-course", entity: "student-course", entityId: created!.id, after });
          return after;
        });
        return c.json(line, 201);
      } catch (error) {
        if (isUniqueViolation(error)) throw new HttpProblem("duplicate", `${course.code} is already in this learning agreement.`, { errors: [{ path: "body.courseId", message: "Already chosen" }] });
        throw error;
      }
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/student-courses/{id}/removal",
      tags: ["learning agreements"],
      summary: "Remove a course from the agreement (kept in the history with the date and reason); version required",
      access: { roles: WRITERS_AND_COORDINATORS },
      request: { params: IdParams, ...jsonBody(RemoveStudentCourse) },
      responses: { 200: jsonResponse(StudentCourse, "The course, removed") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, reason } = c.req.valid("json");
      const line = await db.transaction(async (tx) => {
        const before = await loadStudentCourse(tx, id);
        const student = await loadStudent(tx, before.line.studentId, principalOf(c));
        if (before.line.removedOn) throw new HttpProblem("conflict", "This course was already removed.");
        if (before.line.grade !== null) throw new HttpProblem("conflict", "A graded course stays in the agreement.");
        const on = today(now());
        const after = await updateVersioned(tx, studentCourses, id, version, { removedOn: on, removalReason: reason });
        await tx.insert(studentCourseChanges).values({
          studentCourseId: id,
          studentId: student.id,
          courseCode: before.course.code,
          change: "removed",
          on,
          duringStay: isDuringStay(student.status),
          reason,
          actor: actorOf(principalOf(c)),
        });
        const result = toStudentCourse(after, before.course);
        await recordAudit(tx, audit, c, { action: "remove-course", entity: "student-course", entityId: id, before: toStudentCourse(before.line, before.course), after: result });
        return result;
      });
      return c.json(line, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/student-courses/{id}/decision",
      tags: ["learning agreements"],
      summary: "Approve or reject (with a comment) a course: the course's department coordinator or the office; version required",
      access: { roles: WRITERS_AND_COORDINATORS },
      request: { params: IdParams, ...jsonBody(DecideStudentCourse) },
      responses: { 200: jsonResponse(StudentCourse, "The course with its decision") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, decision, comment } = c.req.valid("json");
      const principal = principalOf(c);
      const line = await db.transaction(async (tx) => {
        const before = await loadStudentCourse(tx, id);
        assertDepartmentInScope(principal, before.course.department);
        if (before.line.removedOn) throw new HttpProblem("conflict", "This course was removed from the agreement.");
        if (before.line.grade !== null) throw new HttpProblem("conflict", "This course is already graded.");
        const after = await updateVersioned(tx, studentCourses, id, version, { status: decision, decisionComment: comment ?? null, decidedBy: actorOf(principal) });
        const result = toStudentCourse(after, before.course);
        await recordAudit(tx, audit, c, { action: `course-${decision}`, entity: "student-course", entityId: id, before: { status: before.line.status }, after: { status: decision, comment: comment ?? null } });
        return result;
      });
      return c.json(line, 200);
    },
  );

  return router;
}
