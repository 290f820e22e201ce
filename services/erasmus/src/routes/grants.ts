import { Grant, GrantHistoryEntry, RecalculateRequest, RecalculateResult, GrantPage, GrantQuery, UpdateGrant, type GrantInput, type GrantResult } from "@orbis/contracts/erasmus";
import { Id } from "@orbis/contracts/common";
import { createRouter, defineRoute, findOr404, HttpProblem, jsonBody, jsonResponse, updateVersioned } from "@orbis/service-kit";
import { and, asc, count, desc, eq, ilike, isNotNull, isNull, or, type SQL } from "drizzle-orm";
import { z } from "zod";
import { grantHistory, grants } from "../db/schema/index";
import { READ, WRITE } from "../domain/access";
import { actorOf, audited } from "../domain/audit";
import { toGrant } from "../domain/grant-rows";
import { computeGrant } from "../domain/grants/engine";
import { GrantInputError } from "../domain/grants/errors";
import { fieldProblem } from "../domain/problems";
import { loadRates } from "../domain/rates";
import { recalculateGrants } from "../domain/recalculate";
import { calculationFor } from "../domain/sync";
import type { RouteContext } from "./context";

const params = z.object({ id: Id });

/** Participants' grants: list, details with explanations, the team's settings (recalculated, with history). */
export function grantRoutes({ db }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({ method: "get", path: "/grants", tags: ["grants"], summary: "Grants of a project or year, by participant", access: READ, request: { query: GrantQuery }, responses: { 200: jsonResponse(GrantPage, "A page of grants") } }),
    async (c) => {
      const query = c.req.valid("query");
      const where: SQL[] = [];
      if (query.projectId) where.push(eq(grants.projectId, query.projectId));
      if (query.academicYear !== undefined) where.push(eq(grants.academicYear, query.academicYear));
      if (query.incomplete === "true") where.push(isNotNull(grants.problem));
      if (query.incomplete === "false") where.push(isNull(grants.problem));
      if (query.q) where.push(or(ilike(grants.participantName, `%${query.q}%`), ilike(grants.participantRef, `%${query.q}%`), ilike(grants.hostName, `%${query.q}%`))!);
      const filter = where.length ? and(...where) : undefined;
      const [rows, [total]] = await Promise.all([
        db.select().from(grants).where(filter).orderBy(asc(grants.participantName), asc(grants.id)).limit(query.limit).offset(query.offset),
        db.select({ n: count() }).from(grants).where(filter),
      ]);
      return c.json({ items: rows.map(toGrant), total: total?.n ?? 0 }, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/grants/recalculate",
      tags: ["grants"],
      summary: "Recalculate the grants of a call year or project with the current rates (history kept for each change)",
      access: WRITE,
      request: jsonBody(RecalculateRequest),
      responses: { 200: jsonResponse(RecalculateResult, "How many grants were read and changed") },
    }),
    async (c) => {
      const scope = c.req.valid("json");
      const done = await recalculateGrants(db, scope, actorOf(c), (tx, result) =>
        audited(tx, c, { action: "recalculate", entity: "grants", entityId: scope.projectId ?? String(scope.callYear ?? "all"), after: result }),
      );
      return c.json(done, 200);
    },
  );

  router.openapi(
    defineRoute({ method: "get", path: "/grants/{id}", tags: ["grants"], summary: "One grant with every amount explained", access: READ, request: { params }, responses: { 200: jsonResponse(Grant, "The grant") } }),
    async (c) => {
      const [row] = await db.select().from(grants).where(eq(grants.id, c.req.valid("param").id));
      if (!row) throw new HttpProblem("not_found", "No such grant.");
      return c.json(toGrant(row), 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "patch",
      path: "/grants/{id}",
      tags: ["grants"],
      summary: "Set the distance band, green travel, travel days, interruptions, zero-grant periods or the report; recalculates with history",
      access: WRITE,
      request: { params, ...jsonBody(UpdateGrant) },
      responses: { 200: jsonResponse(Grant, "The recalculated grant") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, reason, reportSubmitted, ...settings } = c.req.valid("json");
      const row = await db.transaction(async (tx) => {
        const before = await findOr404(tx, grants, id, "grant");
        const input = { ...(before.input as GrantInput), ...settings } as GrantInput;
        const rates = (await loadRates(tx, [input.callYear])).get(input.callYear);
        if (rates) {
          // Bad settings are refused with the field at fault; a grant merely incomplete (no band yet) is kept.
          try {
            computeGrant(input, rates);
          } catch (error) {
            if (error instanceof GrantInputError && Object.keys(settings).some((key) => error.path.startsWith(key))) throw fieldProblem(error.path, error.message);
            if (!(error instanceof GrantInputError)) throw error;
          }
        }
        const calc = calculationFor(input, before.mobilityStatus, rates);
        if (calc.totalCents < before.paidCents) throw fieldProblem(Object.keys(settings)[0] ?? "version", "The new grant would be less than what was paid already: record a recovery first.");
        const after = await updateVersioned(tx, grants, id, version, {
          input,
          result: calc.result,
          problem: calc.problem,
          totalCents: calc.totalCents,
          ...(reportSubmitted === undefined ? {} : { reportSubmitted }),
        });
        if (Object.keys(settings).length) {
          await tx.insert(grantHistory).values({ grantId: id, by: actorOf(c), reason: reason || `Changed: ${Object.keys(settings).join(", ")}`, input, result: calc.result, totalCents: calc.totalCents });
        }
        await audited(tx, c, { action: "update", entity: "grant", entityId: id, before: { input: before.input, totalCents: before.totalCents, reportSubmitted: before.reportSubmitted }, after: { input, totalCents: calc.totalCents, reportSubmitted: after.reportSubmitted } });
        return after;
      });
      return c.json(toGrant(row), 200);
    },
  );

  router.openapi(
    defineRoute({ method: "get", path: "/grants/{id}/history", tags: ["grants"], summary: "Every calculation of a grant, newest first", access: READ, request: { params }, responses: { 200: jsonResponse(z.array(GrantHistoryEntry), "History") } }),
    async (c) => {
      const rows = await db.select().from(grantHistory).where(eq(grantHistory.grantId, c.req.valid("param").id)).orderBy(desc(grantHistory.at), desc(grantHistory.id));
      return c.json(rows.map((r) => ({ id: r.id, at: r.at.toISOString(), by: r.by, reason: r.reason, input: r.input as GrantInput, result: r.result as GrantResult | null, totalCents: r.totalCents })), 200);
    },
  );

  return router;
}
