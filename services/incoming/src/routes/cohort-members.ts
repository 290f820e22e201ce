import { AttendanceInput, ClassSession, ClassSessionInput, CohortCourse, CohortCourseInput, FeeUpdate, Participant, StudentChoice } from "@orbis/contracts/incoming";
import { createRouter, defineRoute, HttpProblem, jsonBody, jsonResponse, principalOf, recordAudit, updateVersioned } from "@orbis/service-kit";
import { and, eq, inArray } from "drizzle-orm";
import { attendance, audit, classSessions, cohortCourses, participants } from "../db/schema/index";
import { WRITERS } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { isUniqueViolation } from "../domain/db-errors";
import { invalidField } from "../domain/life";
import { loadCohort, participantCounts, participantsWhere, sessionsOfCohort } from "../domain/programmes";
import { loadStudent } from "../domain/students";
import type { RouteContext } from "./context";

/** A cohort's participants (within its capacity) and fees, its courses, classes and attendance marks. */
export function cohortMemberRoutes({ db }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "post",
      path: "/cohorts/{id}/participants",
      tags: ["programmes"],
      summary: "Add an incoming student to a cohort (owing its fee): 409 when full or already in",
      access: { roles: WRITERS },
      request: { params: IdParams, ...jsonBody(StudentChoice) },
      responses: { 201: jsonResponse(Participant, "Added") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { studentId } = c.req.valid("json");
      const created = await db
        .transaction(async (tx) => {
          // The cohort's row lock serialises admissions: each counts the places committed before it.
          const cohort = await loadCohort(tx, id, true);
          await loadStudent(tx, studentId, principalOf(c)).catch((err: unknown) => {
            throw err instanceof HttpProblem && err.code === "not_found" ? invalidField("body.studentId", "No such incoming student") : err;
          });
          const n = (await participantCounts(tx, [id])).get(id) ?? 0;
          if (n >= cohort.capacity) throw new HttpProblem("conflict", `The cohort is full: its ${cohort.capacity} places are taken.`);
          const [row] = await tx.insert(participants).values({ cohortId: id, studentId, feeDueCents: cohort.feeCents }).returning({ id: participants.id });
          const [participant] = await participantsWhere(tx, eq(participants.id, row!.id));
          await recordAudit(tx, audit, c, { action: "join", entity: "participant", entityId: row!.id, after: participant });
          return participant!;
        })
        .catch((err: unknown) => {
          if (isUniqueViolation(err)) throw new HttpProblem("duplicate", "This student already takes part in this cohort.");
          throw err;
        });
      return c.json(created, 201);
    },
  );

  router.openapi(
    defineRoute({
      method: "put",
      path: "/participants/{id}/fees",
      tags: ["programmes"],
      summary: "Record what a participant paid and what was waived; together they cannot exceed the fee due",
      access: { roles: WRITERS },
      request: { params: IdParams, ...jsonBody(FeeUpdate) },
      responses: { 200: jsonResponse(Participant, "Recorded") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, feePaidCents, feeWaivedCents } = c.req.valid("json");
      const changed = await db.transaction(async (tx) => {
        const [before] = await participantsWhere(tx, eq(participants.id, id));
        if (!before) throw new HttpProblem("not_found", "No such participant.");
        if (feePaidCents + feeWaivedCents > before.feeDueCents) throw invalidField("body.feePaidCents", `Paid and waived together exceed the ${before.feeDueCents} cents due`);
        await updateVersioned(tx, participants, id, version, { feePaidCents, feeWaivedCents });
        const [after] = await participantsWhere(tx, eq(participants.id, id));
        await recordAudit(tx, audit, c, { action: "fees", entity: "participant", entityId: id, before: { feePaidCents: before.feePaidCents, feeWaivedCents: before.feeWaivedCents }, after: { feePaidCents, feeWaivedCents } });
        return after!;
      });
      return c.json(changed, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/cohorts/{id}/courses",
      tags: ["programmes"],
      summary: "Add a course to a cohort",
      access: { roles: WRITERS },
      request: { params: IdParams, ...jsonBody(CohortCourseInput) },
      responses: { 201: jsonResponse(CohortCourse, "Added") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const input = c.req.valid("json");
      const created = await db.transaction(async (tx) => {
        await loadCohort(tx, id);
        const [row] = await tx.insert(cohortCourses).values({ ...input, cohortId: id }).returning();
        const { createdAt: _c, updatedAt: _u, ...course } = row!;
        await recordAudit(tx, audit, c, { action: "create", entity: "cohort_course", entityId: course.id, after: course });
        return course;
      });
      return c.json(created, 201);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/cohort-courses/{id}/sessions",
      tags: ["programmes"],
      summary: "Schedule a class of a course, within the cohort's dates",
      access: { roles: WRITERS },
      request: { params: IdParams, ...jsonBody(ClassSessionInput) },
      responses: { 201: jsonResponse(ClassSession, "Scheduled") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { date } = c.req.valid("json");
      const created = await db.transaction(async (tx) => {
        const [course] = await tx.select().from(cohortCourses).where(eq(cohortCourses.id, id));
        if (!course) throw new HttpProblem("not_found", "No such course.");
        const cohort = await loadCohort(tx, course.cohortId);
        if (date < cohort.startDate || date > cohort.endDate) throw invalidField("body.date", `The cohort runs from ${cohort.startDate} to ${cohort.endDate}`);
        const [row] = await tx.insert(classSessions).values({ courseId: id, date }).returning();
        const session = { id: row!.id, version: row!.version, courseId: id, date, marks: {} };
        await recordAudit(tx, audit, c, { action: "create", entity: "class_session", entityId: session.id, after: session });
        return session;
      });
      return c.json(created, 201);
    },
  );

  router.openapi(
    defineRoute({
      method: "put",
      path: "/class-sessions/{id}/attendance",
      tags: ["programmes"],
      summary: "Take the attendance of a class (present, absent, excused per participant); marks given replace earlier ones",
      access: { roles: WRITERS },
      request: { params: IdParams, ...jsonBody(AttendanceInput) },
      responses: { 200: jsonResponse(ClassSession, "Taken") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, marks } = c.req.valid("json");
      const changed = await db.transaction(async (tx) => {
        const [session] = await tx.select().from(classSessions).where(eq(classSessions.id, id));
        if (!session) throw new HttpProblem("not_found", "No such class.");
        const [course] = await tx.select().from(cohortCourses).where(eq(cohortCourses.id, session.courseId));
        const ids = marks.map((m) => m.participantId);
        const members = await tx.select({ id: participants.id }).from(participants).where(and(eq(participants.cohortId, course!.cohortId), inArray(participants.id, ids)));
        const known = new Set(members.map((m) => m.id));
        const stranger = marks.findIndex((m) => !known.has(m.participantId));
        if (stranger >= 0) throw invalidField(`body.marks.${stranger}.participantId`, "Not a participant of this cohort");
        const repeated = ids.findIndex((pid, i) => ids.indexOf(pid) !== i);
        if (repeated >= 0) throw invalidField(`body.marks.${repeated}.participantId`, "Marked twice");
        const before = (await sessionsOfCohort(tx, course!.cohortId)).find((s) => s.id === id)!;
        await updateVersioned(tx, classSessions, id, version, {});
        await tx.delete(attendance).where(and(eq(attendance.sessionId, id), inArray(attendance.participantId, ids)));
        await tx.insert(attendance).values(marks.map((m) => ({ sessionId: id, participantId: m.participantId, mark: m.mark })));
        const after = (await sessionsOfCohort(tx, course!.cohortId)).find((s) => s.id === id)!;
        await recordAudit(tx, audit, c, { action: "attendance", entity: "class_session", entityId: id, before: before.marks, after: after.marks });
        return after;
      });
      return c.json(changed, 200);
    },
  );

  return router;
}
