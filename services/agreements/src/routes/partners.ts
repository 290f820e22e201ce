import { CreatePartner, Partner, PartnerPage, PartnerQuery, UpdatePartner } from "@orbis/contracts/agreements";
import { createRouter, defineRoute, findOr404, HttpProblem, jsonBody, jsonResponse, noContent, recordAudit, updateVersioned } from "@orbis/service-kit";
import { count, eq } from "drizzle-orm";
import { agreementPartners, audit, partners } from "../db/schema";
import { READERS, WRITERS } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { assertCodesFree, loadPartners, partnerOrder, partnerValues, partnerWhere, toPartner } from "../domain/partners";
import { isUniqueViolation } from "../domain/search";
import { sentFields } from "../domain/patch";
import type { RouteContext } from "./context";

function duplicateFromIndex(err: unknown): never {
  const text = String((err as { message?: string }).message ?? "") + String((err as { cause?: { message?: string } }).cause?.message ?? "");
  const path = text.includes("schac") ? "body.schacCode" : "body.erasmusCode";
  throw new HttpProblem("duplicate", "Another partner already has this code.", { errors: [{ path, message: "Already used by another partner" }] });
}

/** Partner institutions: every reader sees them all; the agreements team and administrators manage them. */
export function partnerRoutes({ db }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/partners",
      tags: ["partners"],
      summary: "Search partners by name, code, city, country or network",
      access: { roles: READERS },
      request: { query: PartnerQuery },
      responses: { 200: jsonResponse(PartnerPage, "A page of partners") },
    }),
    async (c) => {
      const query = c.req.valid("query");
      const where = partnerWhere(query);
      const [items, [total]] = await Promise.all([
        loadPartners(db, where, partnerOrder(query), query.limit, query.offset),
        db.select({ n: count() }).from(partners).where(where),
      ]);
      return c.json({ items, total: total?.n ?? 0 }, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/partners",
      tags: ["partners"],
      summary: "Create a partner (Erasmus and SCHAC codes must be free)",
      access: { roles: WRITERS },
      request: jsonBody(CreatePartner),
      responses: { 201: jsonResponse(Partner, "Created") },
    }),
    async (c) => {
      const input = c.req.valid("json");
      try {
        const created = await db.transaction(async (tx) => {
          await assertCodesFree(tx, input);
          const [row] = await tx.insert(partners).values(partnerValues(input)).returning();
          const partner = toPartner(row!);
          await recordAudit(tx, audit, c, { action: "create", entity: "partner", entityId: row!.id, after: partner });
          return partner;
        });
        return c.json(created, 201);
      } catch (err) {
        if (isUniqueViolation(err)) duplicateFromIndex(err);
        throw err;
      }
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/partners/{id}",
      tags: ["partners"],
      summary: "One partner",
      access: { roles: READERS },
      request: { params: IdParams },
      responses: { 200: jsonResponse(Partner, "The partner") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const [partner] = await loadPartners(db, eq(partners.id, id), []);
      if (!partner) throw new HttpProblem("not_found", `No partner with id ${id}.`);
      return c.json(partner, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "patch",
      path: "/partners/{id}",
      tags: ["partners"],
      summary: "Change a partner; needs the version read",
      access: { roles: WRITERS },
      request: { params: IdParams, ...jsonBody(UpdatePartner) },
      responses: { 200: jsonResponse(Partner, "Updated") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, ...changes } = await sentFields(c, c.req.valid("json"));
      if (version === undefined) throw new HttpProblem("validation", "The version read is required.");
      try {
        const updated = await db.transaction(async (tx) => {
          const before = await findOr404(tx, partners, id, "partner");
          await assertCodesFree(tx, changes, id);
          const row = await updateVersioned(tx, partners, id, version, changes);
          const [after] = await loadPartners(tx, eq(partners.id, row.id), []);
          await recordAudit(tx, audit, c, { action: "update", entity: "partner", entityId: id, before: toPartner(before), after });
          return after!;
        });
        return c.json(updated, 200);
      } catch (err) {
        if (isUniqueViolation(err)) duplicateFromIndex(err);
        throw err;
      }
    },
  );

  router.openapi(
    defineRoute({
      method: "delete",
      path: "/partners/{id}",
      tags: ["partners"],
      summary: "Delete a partner that no agreement refers to",
      access: { roles: WRITERS },
      request: { params: IdParams },
      responses: { 204: noContent },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await db.transaction(async (tx) => {
        const before = await findOr404(tx, partners, id, "partner");
        const [used] = await tx.select({ n: count() }).from(agreementPartners).where(eq(agreementPartners.partnerId, id));
        if (used && used.n > 0) {
          throw new HttpProblem("conflict", `${used.n} agreement(s) refer to this partner: it cannot be deleted.`);
        }
        await tx.delete(partners).where(eq(partners.id, id));
        await recordAudit(tx, audit, c, { action: "delete", entity: "partner", entityId: id, before: toPartner(before) });
      });
      return c.body(null, 204);
    },
  );

  return router;
}
