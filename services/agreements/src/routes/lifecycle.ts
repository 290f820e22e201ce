import { Agreement, AgreementPage, ChangeStatus } from "@orbis/contracts/agreements";
import { AuditPage } from "@orbis/contracts/identity";
import { createRouter, defineRoute, HttpProblem, jsonBody, jsonResponse, principalOf, recordAudit, updateVersioned } from "@orbis/service-kit";
import { and, asc, count, desc, eq, gte, inArray, lte } from "drizzle-orm";
import { agreements, audit } from "../db/schema";
import { READERS, WRITERS } from "../domain/access";
import { agreementWhere, insertAgreement, loadAgreement, loadSummaries } from "../domain/agreements";
import { AgreementDiff, ExpiringQuery, HistoryQuery, IdParams, RenewAgreement } from "../domain/api-schemas";
import { assertTransition, diffAgreements, expiringEndYears } from "../domain/lifecycle";
import type { RouteContext } from "./context";

/** Status workflow, renewal, differences between versions, expiring agreements and history. */
export function lifecycleRoutes({ db, now }: RouteContext & { now: () => Date }) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/agreements/expiring",
      tags: ["agreements"],
      summary: "Active agreements whose last academic year ends within the horizon (months), soonest first",
      access: { roles: READERS },
      request: { query: ExpiringQuery },
      responses: { 200: jsonResponse(AgreementPage, "Expiring agreements") },
    }),
    async (c) => {
      const query = c.req.valid("query");
      const { from, to } = expiringEndYears(now(), query.horizonMonths);
      const where = and(
        agreementWhere({}, principalOf(c)),
        inArray(agreements.status, ["active", "expiring"]),
        gte(agreements.endYear, from),
        lte(agreements.endYear, to),
      );
      const [items, [total]] = await Promise.all([
        loadSummaries(db, where, [asc(agreements.endYear), asc(agreements.reference)], query.limit, query.offset),
        db.select({ n: count() }).from(agreements).where(where),
      ]);
      return c.json({ items, total: total?.n ?? 0 }, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/agreements/{id}/status",
      tags: ["agreements"],
      summary: "Move an agreement along the status workflow",
      access: { roles: WRITERS },
      request: { params: IdParams, ...jsonBody(ChangeStatus) },
      responses: { 200: jsonResponse(Agreement, "Updated") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, status, reason } = c.req.valid("json");
      const updated = await db.transaction(async (tx) => {
        const before = await loadAgreement(tx, id, undefined, true);
        assertTransition(before.status, status);
        if (status === "renewed") throw new HttpProblem("conflict", "Renew an agreement with POST /agreements/{id}/renew: it creates the next version.");
        await updateVersioned(tx, agreements, id, version, { status });
        const after = await loadAgreement(tx, id);
        await recordAudit(tx, audit, c, {
          action: "status",
          entity: "agreement",
          entityId: id,
          before: { status: before.status, version: before.version },
          after: { status, version: after.version, reason: reason ?? null },
        });
        return after;
      });
      return c.json(updated, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/agreements/{id}/renew",
      tags: ["agreements"],
      summary: "Create the next version of an agreement for new years; the current one becomes renewed",
      access: { roles: WRITERS },
      request: { params: IdParams, ...jsonBody(RenewAgreement) },
      responses: { 201: jsonResponse(Agreement, "The new version") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, startYear, endYear } = c.req.valid("json");
      const created = await db.transaction(async (tx) => {
        const current = await loadAgreement(tx, id, undefined, true);
        if (current.nextId) throw new HttpProblem("conflict", `This agreement was already renewed (next version ${current.nextId}).`);
        assertTransition(current.status, "renewed");
        if (startYear <= current.startYear) {
          throw new HttpProblem("validation", "Some fields are invalid.", {
            errors: [{ path: "body.startYear", message: `A renewal starts after the current first year (${current.startYear})` }],
          });
        }
        const nextId = await insertAgreement(
          tx,
          {
            type: current.type,
            title: current.title,
            partnerIds: current.partnerIds,
            departments: current.departments,
            startYear,
            endYear,
            signatories: [],
            notes: current.notes,
            conditions: current.conditions.map(({ id: _id, ...condition }) => condition),
          },
          { status: "draft", previousId: id },
        );
        await updateVersioned(tx, agreements, id, version, { status: "renewed", nextId });
        const next = await loadAgreement(tx, nextId);
        await recordAudit(tx, audit, c, { action: "renew", entity: "agreement", entityId: id, before: { status: current.status }, after: { status: "renewed", nextId } });
        await recordAudit(tx, audit, c, { action: "create", entity: "agreement", entityId: nextId, after: next });
        return next;
      });
      return c.json(created, 201);
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/agreements/{id}/diff",
      tags: ["agreements"],
      summary: "What changed since the previous version of the agreement",
      access: { roles: READERS },
      request: { params: IdParams },
      responses: { 200: jsonResponse(AgreementDiff, "Changes field by field") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const current = await loadAgreement(db, id, principalOf(c));
      if (!current.previousId) return c.json({ previousId: null, changes: [] }, 200);
      const previous = await loadAgreement(db, current.previousId);
      return c.json({ previousId: previous.id, changes: diffAgreements(previous, current) }, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/agreements/{id}/history",
      tags: ["agreements"],
      summary: "Every change of the agreement, its documents and its quota usage, newest first",
      access: { roles: READERS },
      request: { params: IdParams, query: HistoryQuery },
      responses: { 200: jsonResponse(AuditPage, "Audit records") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const query = c.req.valid("query");
      await loadAgreement(db, id, principalOf(c));
      const [rows, [total]] = await Promise.all([
        db.select().from(audit).where(eq(audit.entityId, id)).orderBy(desc(audit.id)).limit(query.limit).offset(query.offset),
        db.select({ n: count() }).from(audit).where(eq(audit.entityId, id)),
      ]);
      return c.json({ items: rows.map((r) => ({ ...r, at: r.at.toISOString() })), total: total?.n ?? 0 }, 200);
    },
  );

  return router;
}
