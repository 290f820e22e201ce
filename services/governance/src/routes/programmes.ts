import { Programme, ProgrammeInput, ProgrammeList, ProgrammeQuery, ProgrammeRenewalInput, ProgrammeUpdate } from "@orbis/contracts/governance";
import { createRouter, defineRoute, findOr404, HttpProblem, jsonBody, jsonResponse, recordAudit, updateVersioned } from "@orbis/service-kit";
import { and, asc, eq, lte } from "drizzle-orm";
import { audit, programmes } from "../db/schema/index";
import { STAFF_READERS, WRITERS } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { renewalDueBy, toProgramme } from "../domain/programmes";
import type { RouteContext } from "./context";

/** Strategic programmes: joint programmes and institutes with partners, their milestones, funding and renewals. */
export function programmeRoutes({ db, now }: RouteContext) {
  const router = createRouter();
  const today = () => now().toISOString().slice(0, 10);

  router.openapi(
    defineRoute({
      method: "get",
      path: "/programmes",
      tags: ["programmes"],
      summary: "Strategic programmes by name, with the renewals due within six months flagged",
      access: { roles: STAFF_READERS },
      request: { query: ProgrammeQuery },
      responses: { 200: jsonResponse(ProgrammeList, "The programmes") },
    }),
    async (c) => {
      const { status, renewalDue } = c.req.valid("query");
      const due = renewalDue === "true" ? and(eq(programmes.status, "active"), lte(programmes.endDate, renewalDueBy(today()))) : undefined;
      const rows = await db.select().from(programmes).where(and(status ? eq(programmes.status, status) : undefined, due)).orderBy(asc(programmes.name), asc(programmes.id));
      return c.json(rows.map((r) => toProgramme(r, today())), 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/programmes",
      tags: ["programmes"],
      summary: "Record a strategic programme",
      access: { roles: WRITERS },
      request: jsonBody(ProgrammeInput),
      responses: { 201: jsonResponse(Programme, "Created") },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const created = await db.transaction(async (tx) => {
        const [row] = await tx.insert(programmes).values(input).returning();
        const programme = toProgramme(row!, today());
        await recordAudit(tx, audit, c, { action: "create", entity: "programme", entityId: programme.id, after: programme });
        return programme;
      });
      return c.json(created, 201);
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/programmes/{id}",
      tags: ["programmes"],
      summary: "One programme",
      access: { roles: STAFF_READERS },
      request: { params: IdParams },
      responses: { 200: jsonResponse(Programme, "The programme") },
    }),
    async (c) => c.json(toProgramme(await findOr404(db, programmes, c.req.valid("param").id, "programme"), today()), 200),
  );

  router.openapi(
    defineRoute({
      method: "put",
      path: "/programmes/{id}",
      tags: ["programmes"],
      summary: "Replace a programme (milestones, funding, participants...); needs the version read",
      access: { roles: WRITERS },
      request: { params: IdParams, ...jsonBody(ProgrammeUpdate) },
      responses: { 200: jsonResponse(Programme, "Updated") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, ...input } = c.req.valid("json");
      const updated = await db.transaction(async (tx) => {
        const row = await findOr404(tx, programmes, id, "programme");
        const after = toProgramme(await updateVersioned(tx, programmes, id, version, input), today());
        await recordAudit(tx, audit, c, { action: "update", entity: "programme", entityId: id, before: toProgramme(row, today()), after });
        return after;
      });
      return c.json(updated, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/programmes/{id}/renewals",
      tags: ["programmes"],
      summary: "Renew a programme to a later end date; the renewal is kept in its history",
      access: { roles: WRITERS },
      request: { params: IdParams, ...jsonBody(ProgrammeRenewalInput) },
      responses: { 200: jsonResponse(Programme, "Renewed") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, newEndDate, note } = c.req.valid("json");
      const updated = await db.transaction(async (tx) => {
        const row = await findOr404(tx, programmes, id, "programme");
        if (newEndDate <= row.endDate) {
          throw new HttpProblem("validation", "Some fields are invalid.", { errors: [{ path: "body.newEndDate", message: `After the current end (${row.endDate})` }] });
        }
        const renewals = [...row.renewals, { previousEndDate: row.endDate, newEndDate, decidedOn: today(), note }];
        const after = toProgramme(await updateVersioned(tx, programmes, id, version, { endDate: newEndDate, renewals, status: "active" }), today());
        await recordAudit(tx, audit, c, { action: "renew", entity: "programme", entityId: id, before: { endDate: row.endDate }, after: { endDate: newEndDate } });
        return after;
      });
      return c.json(updated, 200);
    },
  );

  return router;
}
