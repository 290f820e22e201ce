import { Cohort, CohortDetail, CohortInput, CohortUpdate, Programme, ProgrammeDetail, ProgrammeInput, ProgrammeList, ProgrammeUpdate } from "@orbis/contracts/incoming";
import { createRouter, defineRoute, HttpProblem, jsonBody, jsonResponse, principalOf, recordAudit, updateVersioned } from "@orbis/service-kit";
import { and, asc, eq } from "drizzle-orm";
import { audit, cohortCourses, cohorts, participants, programmes } from "../db/schema/index";
import { READERS, WRITERS } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { isUniqueViolation } from "../domain/db-errors";
import { invalidField } from "../domain/life";
import { loadCohort, loadProgramme, participantCounts, participantsWhere, sessionsOfCohort, toCohort, toProgramme } from "../domain/programmes";
import { studentScopeWhere } from "../domain/students";
import type { RouteContext } from "./context";

function checkDates(input: { startDate: string; endDate: string }) {
  if (input.endDate < input.startDate) throw invalidField("body.endDate", "Must not be before startDate");
}

/** Programmes for incoming students (FLE semester, DU passerelle, partner institutes) and their yearly cohorts. */
export function programmeRoutes({ db }: RouteContext) {
  const router = createRouter();
  const duplicateCode = (err: unknown) => {
    if (isUniqueViolation(err)) throw new HttpProblem("duplicate", "A programme with this code already exists.");
    throw err;
  };

  router.openapi(
    defineRoute({
      method: "get",
      path: "/programmes",
      tags: ["programmes"],
      summary: "Programmes by code",
      access: { roles: READERS },
      responses: { 200: jsonResponse(ProgrammeList, "By code") },
    }),
    async (c) => c.json((await db.select().from(programmes).orderBy(asc(programmes.code))).map(toProgramme), 200),
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/programmes",
      tags: ["programmes"],
      summary: "Add a programme",
      access: { roles: WRITERS },
      request: jsonBody(ProgrammeInput),
      responses: { 201: jsonResponse(Programme, "Added") },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const created = await db
        .transaction(async (tx) => {
          const [row] = await tx.insert(programmes).values(input).returning();
          const programme = toProgramme(row!);
          await recordAudit(tx, audit, c, { action: "create", entity: "programme", entityId: programme.id, after: programme });
          return programme;
        })
        .catch(duplicateCode);
      return c.json(created, 201);
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/programmes/{id}",
      tags: ["programmes"],
      summary: "A programme and its cohorts, latest year first",
      access: { roles: READERS },
      request: { params: IdParams },
      responses: { 200: jsonResponse(ProgrammeDetail, "The programme") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const programme = toProgramme(await loadProgramme(db, id));
      const rows = await db.select().from(cohorts).where(eq(cohorts.programmeId, id)).orderBy(asc(cohorts.startDate));
      const counts = await participantCounts(db, rows.map((r) => r.id));
      return c.json({ ...programme, cohorts: rows.reverse().map((r) => toCohort(r, counts.get(r.id) ?? 0)) }, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "put",
      path: "/programmes/{id}",
      tags: ["programmes"],
      summary: "Change a programme",
      access: { roles: WRITERS },
      request: { params: IdParams, ...jsonBody(ProgrammeUpdate) },
      responses: { 200: jsonResponse(Programme, "Changed") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, ...values } = c.req.valid("json");
      const changed = await db
        .transaction(async (tx) => {
          const before = toProgramme(await loadProgramme(tx, id));
          const after = toProgramme(await updateVersioned(tx, programmes, id, version, values));
          await recordAudit(tx, audit, c, { action: "update", entity: "programme", entityId: id, before, after });
          return after;
        })
        .catch(duplicateCode);
      return c.json(changed, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/programmes/{id}/cohorts",
      tags: ["programmes"],
      summary: "Open a cohort for an academic year",
      access: { roles: WRITERS },
      request: { params: IdParams, ...jsonBody(CohortInput) },
      responses: { 201: jsonResponse(Cohort, "Opened") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const input = c.req.valid("json");
      checkDates(input);
      const created = await db.transaction(async (tx) => {
        await loadProgramme(tx, id);
        const [row] = await tx.insert(cohorts).values({ ...input, programmeId: id }).returning();
        const cohort = toCohort(row!, 0);
        await recordAudit(tx, audit, c, { action: "create", entity: "cohort", entityId: cohort.id, after: cohort });
        return cohort;
      });
      return c.json(created, 201);
    },
  );

  router.openapi(
    defineRoute({
      method: "put",
      path: "/cohorts/{id}",
      tags: ["programmes"],
      summary: "Change a cohort; its capacity cannot drop below its participants",
      access: { roles: WRITERS },
      request: { params: IdParams, ...jsonBody(CohortUpdate) },
      responses: { 200: jsonResponse(Cohort, "Changed") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, ...values } = c.req.valid("json");
      checkDates(values);
      const changed = await db.transaction(async (tx) => {
        const before = await loadCohort(tx, id, true);
        const n = (await participantCounts(tx, [id])).get(id) ?? 0;
        if (values.capacity < n) throw invalidField("body.capacity", `${n} students take part: the capacity cannot be lower`);
        const after = toCohort(await updateVersioned(tx, cohorts, id, version, values), n);
        await recordAudit(tx, audit, c, { action: "update", entity: "cohort", entityId: id, before: toCohort(before, n), after });
        return after;
      });
      return c.json(changed, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/cohorts/{id}",
      tags: ["programmes"],
      summary: "A cohort: participants with fees and attendance rate, courses, classes with marks",
      access: { roles: READERS },
      request: { params: IdParams },
      responses: { 200: jsonResponse(CohortDetail, "The cohort") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const row = await loadCohort(db, id);
      const [programme, counts, participantList, courses, sessions] = await Promise.all([
        loadProgramme(db, row.programmeId),
        participantCounts(db, [id]),
        participantsWhere(db, and(eq(participants.cohortId, id), studentScopeWhere(principalOf(c)))),
        db.select().from(cohortCourses).where(eq(cohortCourses.cohortId, id)).orderBy(asc(cohortCourses.title), asc(cohortCourses.id)),
        sessionsOfCohort(db, id),
      ]);
      const visible = new Set(participantList.map((p) => p.id));
      return c.json(
        {
          ...toCohort(row, counts.get(id) ?? 0),
          programme: toProgramme(programme),
          participantList,
          courses: courses.map(({ createdAt: _c, updatedAt: _u, ...course }) => course),
          sessions: sessions.map((s) => ({ ...s, marks: Object.fromEntries(Object.entries(s.marks).filter(([pid]) => visible.has(pid))) })),
        },
        200,
      );
    },
  );

  return router;
}
