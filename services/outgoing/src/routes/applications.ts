import { Application, ApplicationPage, ApplicationQuery, CreateApplication, UpdateApplication, WithdrawApplication } from "@orbis/contracts/outgoing";
import { createRouter, defineRoute, HttpProblem, jsonBody, jsonResponse, principalOf, recordAudit, updateVersioned } from "@orbis/service-kit";
import { and, asc, eq } from "drizzle-orm";
import { applications, audit } from "../db/schema/index";
import { STAFF, STAFF_AND_COORDINATORS } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { applicationsOut, applicationWhere, duplicateApplication, loadApplication } from "../domain/applications";
import { assertNotPublished, loadCall } from "../domain/calls";
import { isUniqueViolation } from "../domain/db-errors";
import { destinationsOf } from "../domain/destinations";
import { choiceErrors } from "../domain/eligibility";
import type { Db } from "@orbis/db";
import type { RouteContext } from "./context";

async function assertChoices(db: Db, callId: string, student: { level: string; department: string }, choices: readonly string[]) {
  const errors = choiceErrors(await destinationsOf(db, callId), student, choices);
  if (errors.length) throw new HttpProblem("validation", "Some choices cannot be made by this student.", { errors });
}

/** Applications to a call, entered by the outgoing team; coordinators read their departments'. */
export function applicationRoutes({ db }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/calls/{id}/applications",
      tags: ["applications"],
      summary: "The call's applications by name, department, level, status and eligibility",
      access: { roles: STAFF_AND_COORDINATORS },
      request: { params: IdParams, query: ApplicationQuery },
      responses: { 200: jsonResponse(ApplicationPage, "A page of applications by name") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const query = c.req.valid("query");
      const call = await loadCall(db, id);
      const rows = await db
        .select()
        .from(applications)
        .where(applicationWhere(id, query, principalOf(c)))
        .orderBy(asc(applications.lastName), asc(applications.firstName), asc(applications.id));
      // ApplicationEligibility is computed from the call's rules, so its filter applies after reading.
      const all = (await applicationsOut(db, rows, call)).filter((a) => query.eligible === undefined || String(a.eligibility.eligible) === query.eligible);
      return c.json({ items: all.slice(query.offset, query.offset + query.limit), total: all.length }, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/calls/{id}/applications",
      tags: ["applications"],
      summary: "Record an application; choices must be destinations open to the student's level and department",
      access: { roles: STAFF },
      request: { params: IdParams, ...jsonBody(CreateApplication) },
      responses: { 201: jsonResponse(Application, "The application with its eligibility") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const input = c.req.valid("json");
      const call = await loadCall(db, id);
      assertNotPublished(call, "applications");
      await assertChoices(db, id, input, input.choices);
      const [existing] = await db.select({ id: applications.id }).from(applications).where(and(eq(applications.callId, id), eq(applications.studentNumber, input.studentNumber)));
      if (existing) throw duplicateApplication(input.studentNumber);
      try {
        const row = await db.transaction(async (tx) => {
          const [created] = await tx.insert(applications).values({ ...input, callId: id }).returning();
          await recordAudit(tx, audit, c, { action: "create", entity: "application", entityId: created!.id, after: created });
          return created!;
        });
        return c.json((await applicationsOut(db, [row], call))[0]!, 201);
      } catch (error) {
        if (isUniqueViolation(error)) throw duplicateApplication(input.studentNumber);
        throw error;
      }
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/applications/{id}",
      tags: ["applications"],
      summary: "One application",
      access: { roles: STAFF_AND_COORDINATORS },
      request: { params: IdParams },
      responses: { 200: jsonResponse(Application, "The application") },
    }),
    async (c) => {
      const row = await loadApplication(db, c.req.valid("param").id, principalOf(c));
      return c.json((await applicationsOut(db, [row], await loadCall(db, row.callId)))[0]!, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "patch",
      path: "/applications/{id}",
      tags: ["applications"],
      summary: "Edit an application; version required",
      access: { roles: STAFF },
      request: { params: IdParams, ...jsonBody(UpdateApplication) },
      responses: { 200: jsonResponse(Application, "The application after the change") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, ...changes } = c.req.valid("json");
      const current = await loadApplication(db, id, principalOf(c));
      const call = await loadCall(db, current.callId);
      assertNotPublished(call, "applications");
      const merged = { ...current, ...changes };
      await assertChoices(db, call.id, merged, merged.choices);
      try {
        const row = await db.transaction(async (tx) => {
          const after = await updateVersioned(tx, applications, id, version, changes);
          await recordAudit(tx, audit, c, { action: "update", entity: "application", entityId: id, before: current, after });
          return after;
        });
        return c.json((await applicationsOut(db, [row], call))[0]!, 200);
      } catch (error) {
        if (isUniqueViolation(error)) throw duplicateApplication(merged.studentNumber);
        throw error;
      }
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/applications/{id}/withdraw",
      tags: ["applications"],
      summary: "Withdraw an application (the student gives up), with the reason",
      access: { roles: STAFF },
      request: { params: IdParams, ...jsonBody(WithdrawApplication) },
      responses: { 200: jsonResponse(Application, "The withdrawn application") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, reason } = c.req.valid("json");
      const current = await loadApplication(db, id, principalOf(c));
      const call = await loadCall(db, current.callId);
      if (current.status === "withdrawn") throw new HttpProblem("conflict", "The application is already withdrawn.");
      const row = await db.transaction(async (tx) => {
        const after = await updateVersioned(tx, applications, id, version, { status: "withdrawn", withdrawnReason: reason });
        await recordAudit(tx, audit, c, { action: "withdraw", entity: "application", entityId: id, before: { status: current.status }, after: { status: "withdrawn", reason } });
        return after;
      });
      return c.json((await applicationsOut(db, [row], call))[0]!, 200);
    },
  );

  return router;
}
