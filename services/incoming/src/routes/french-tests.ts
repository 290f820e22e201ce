import {
  FrenchTestRegistration,
  FrenchTestResultInput,
  FrenchTestSession,
  FrenchTestSessionDetail,
  FrenchTestSessionInput,
  FrenchTestSessionList,
  FrenchTestSessionUpdate,
  DocumentLanguageQuery,
  StudentChoice,
  VersionOnly,
  frenchGroupOf,
} from "@orbis/contracts/incoming";
import { createRouter, defineRoute, HttpProblem, jsonBody, jsonResponse, principalOf, recordAudit, updateVersioned } from "@orbis/service-kit";
import { and, asc, eq } from "drizzle-orm";
import { audit, frenchTestRegistrations, frenchTestSessions } from "../db/schema/index";
import { READERS, WRITERS } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { isUniqueViolation } from "../domain/db-errors";
import { frenchCertificatePdf } from "../domain/french-certificate";
import { loadSession, registeredCounts, registrationsWhere, toSession } from "../domain/french-tests";
import { invalidField } from "../domain/life";
import { loadStudent, studentScopeWhere } from "../domain/students";
import type { RouteContext } from "./context";

/** French placement tests: sittings, registrations within the seats, CEFR results and the course group they lead to. */
export function frenchTestRoutes({ db }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/french-tests/sessions",
      tags: ["french-tests"],
      summary: "French test sittings, earliest first, with seats taken",
      access: { roles: READERS },
      responses: { 200: jsonResponse(FrenchTestSessionList, "The sittings") },
    }),
    async (c) => {
      const rows = await db.select().from(frenchTestSessions).orderBy(asc(frenchTestSessions.date), asc(frenchTestSessions.startTime), asc(frenchTestSessions.id));
      const counts = await registeredCounts(db, rows.map((r) => r.id));
      return c.json(rows.map((r) => toSession(r, counts.get(r.id) ?? 0)), 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/french-tests/sessions",
      tags: ["french-tests"],
      summary: "Schedule a sitting",
      access: { roles: WRITERS },
      request: jsonBody(FrenchTestSessionInput),
      responses: { 201: jsonResponse(FrenchTestSession, "Scheduled") },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const created = await db.transaction(async (tx) => {
        const [row] = await tx.insert(frenchTestSessions).values(input).returning();
        const session = toSession(row!, 0);
        await recordAudit(tx, audit, c, { action: "create", entity: "french_test_session", entityId: session.id, after: session });
        return session;
      });
      return c.json(created, 201);
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/french-tests/sessions/{id}",
      tags: ["french-tests"],
      summary: "A sitting and its registrations (a coordinator sees their departments' students only)",
      access: { roles: READERS },
      request: { params: IdParams },
      responses: { 200: jsonResponse(FrenchTestSessionDetail, "The sitting") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const row = await loadSession(db, id);
      const counts = await registeredCounts(db, [id]);
      const registrations = await registrationsWhere(db, and(eq(frenchTestRegistrations.sessionId, id), studentScopeWhere(principalOf(c))));
      return c.json({ ...toSession(row, counts.get(id) ?? 0), registrations }, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "put",
      path: "/french-tests/sessions/{id}",
      tags: ["french-tests"],
      summary: "Change a sitting; the capacity cannot drop below the registrations taken",
      access: { roles: WRITERS },
      request: { params: IdParams, ...jsonBody(FrenchTestSessionUpdate) },
      responses: { 200: jsonResponse(FrenchTestSession, "Changed") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, ...values } = c.req.valid("json");
      const changed = await db.transaction(async (tx) => {
        const before = await loadSession(tx, id, true);
        const registered = (await registeredCounts(tx, [id])).get(id) ?? 0;
        if (values.capacity < registered) throw invalidField("body.capacity", `${registered} students are registered: the capacity cannot be lower`);
        const after = toSession(await updateVersioned(tx, frenchTestSessions, id, version, values), registered);
        await recordAudit(tx, audit, c, { action: "update", entity: "french_test_session", entityId: id, before: toSession(before, registered), after });
        return after;
      });
      return c.json(changed, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/french-tests/sessions/{id}/registrations",
      tags: ["french-tests"],
      summary: "Register an incoming student: 409 when the sitting is full or the student already registered",
      access: { roles: WRITERS },
      request: { params: IdParams, ...jsonBody(StudentChoice) },
      responses: { 201: jsonResponse(FrenchTestRegistration, "Registered") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { studentId } = c.req.valid("json");
      const principal = principalOf(c);
      const created = await db
        .transaction(async (tx) => {
          // The sitting's row lock serialises registrations: each counts the seats committed before it.
          const session = await loadSession(tx, id, true);
          await loadStudent(tx, studentId, principal).catch((err: unknown) => {
            throw err instanceof HttpProblem && err.code === "not_found" ? invalidField("body.studentId", "No such incoming student") : err;
          });
          const registered = (await registeredCounts(tx, [id])).get(id) ?? 0;
          if (registered >= session.capacity) throw new HttpProblem("conflict", `The sitting is full: its ${session.capacity} seats are taken.`);
          const [row] = await tx.insert(frenchTestRegistrations).values({ sessionId: id, studentId }).returning({ id: frenchTestRegistrations.id });
          const [registration] = await registrationsWhere(tx, eq(frenchTestRegistrations.id, row!.id));
          await recordAudit(tx, audit, c, { action: "register", entity: "french_test_registration", entityId: row!.id, after: registration });
          return registration!;
        })
        .catch((err: unknown) => {
          if (isUniqueViolation(err)) throw new HttpProblem("duplicate", "This student is already registered for this sitting.");
          throw err;
        });
      return c.json(created, 201);
    },
  );

  router.openapi(
    defineRoute({
      method: "put",
      path: "/french-tests/registrations/{id}/result",
      tags: ["french-tests"],
      summary: "Record the CEFR level; the French course group follows from it",
      access: { roles: WRITERS },
      request: { params: IdParams, ...jsonBody(FrenchTestResultInput) },
      responses: { 200: jsonResponse(FrenchTestRegistration, "Recorded") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, level } = c.req.valid("json");
      const changed = await db.transaction(async (tx) => {
        const [before] = await registrationsWhere(tx, eq(frenchTestRegistrations.id, id));
        if (!before) throw new HttpProblem("not_found", "No such registration.");
        await updateVersioned(tx, frenchTestRegistrations, id, version, { level, groupCode: frenchGroupOf(level).code });
        const [after] = await registrationsWhere(tx, eq(frenchTestRegistrations.id, id));
        await recordAudit(tx, audit, c, { action: "result", entity: "french_test_registration", entityId: id, before: { level: before.level, groupCode: before.groupCode }, after: { level, groupCode: after!.groupCode } });
        return after!;
      });
      return c.json(changed, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/french-tests/registrations/{id}/withdraw",
      tags: ["french-tests"],
      summary: "Withdraw a registration before the result: the seat is free again (the audit trail keeps the registration)",
      access: { roles: WRITERS },
      request: { params: IdParams, ...jsonBody(VersionOnly) },
      responses: { 200: jsonResponse(FrenchTestSession, "The sitting with its seats after the withdrawal") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version } = c.req.valid("json");
      const session = await db.transaction(async (tx) => {
        const [before] = await registrationsWhere(tx, eq(frenchTestRegistrations.id, id));
        if (!before) throw new HttpProblem("not_found", "No such registration.");
        // Same lock as a registration: seats are counted under the sitting's row lock.
        const sitting = await loadSession(tx, before.sessionId, true);
        if (before.version === version && before.level !== null) throw new HttpProblem("conflict", `The student sat the test (${before.level}): a registration with a result cannot be withdrawn.`);
        const deleted = await tx
          .delete(frenchTestRegistrations)
          .where(and(eq(frenchTestRegistrations.id, id), eq(frenchTestRegistrations.version, version)))
          .returning({ id: frenchTestRegistrations.id });
        if (!deleted.length) throw new HttpProblem("stale_version", `You read version ${version} but the registration is now at version ${before.version}. Reload first.`);
        await recordAudit(tx, audit, c, { action: "withdraw", entity: "french_test_registration", entityId: id, before });
        return toSession(sitting, (await registeredCounts(tx, [sitting.id])).get(sitting.id) ?? 0);
      });
      return c.json(session, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/french-tests/registrations/{id}/certificate",
      tags: ["french-tests"],
      summary: "The level certificate of a result as a PDF, in French (default) or English",
      access: { roles: READERS },
      request: { params: IdParams, query: DocumentLanguageQuery },
      responses: { 200: { description: "The PDF", content: { "application/pdf": { schema: { type: "string" as const, format: "binary" } } } } },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { lang } = c.req.valid("query");
      const principal = principalOf(c);
      const [registration] = await registrationsWhere(db, eq(frenchTestRegistrations.id, id));
      if (!registration) throw new HttpProblem("not_found", "No such registration.");
      await loadStudent(db, registration.studentId, principal);
      if (registration.level === null) throw new HttpProblem("conflict", "No result recorded yet: there is nothing to certify.");
      const session = await loadSession(db, registration.sessionId);
      const bytes = await frenchCertificatePdf(toSession(session, 0), { ...registration, level: registration.level }, lang);
      const name = lang === "fr" ? "attestation-francais" : "french-certificate";
      return new Response(new Uint8Array(bytes), {
        status: 200,
        headers: {
          "content-type": "application/pdf",
          "content-disposition": `attachment; filename="${name}-${registration.lastName.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.pdf"`,
          "content-language": lang,
          "cache-control": "private, no-store",
        },
      }) as never;
    },
  );

  return router;
}
