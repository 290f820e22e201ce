import { Agreement, AgreementPage, AgreementQuery, CreateAgreement, UpdateAgreement } from "@orbis/contracts/agreements";
import { createRouter, defineRoute, HttpProblem, jsonBody, jsonResponse, principalOf, recordAudit, updateVersioned } from "@orbis/service-kit";
import { count } from "drizzle-orm";
import { agreements, audit } from "../db/schema";
import { READERS, WRITERS } from "../domain/access";
import {
  agreementOrder,
  agreementWhere,
  insertAgreement,
  loadAgreement,
  loadSummaries,
  setConditions,
  setPartners,
  assertPartnersExist,
} from "../domain/agreements";
import { IdParams } from "../domain/api-schemas";
import { sentFields } from "../domain/patch";
import type { RouteContext } from "./context";

/** Agreements: list with filters, creation, reading and editing (status changes have their own routes). */
export function agreementRoutes({ db }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/agreements",
      tags: ["agreements"],
      summary: "Filter, search, sort and page through agreements (coordinators: their departments only)",
      access: { roles: READERS },
      request: { query: AgreementQuery },
      responses: { 200: jsonResponse(AgreementPage, "A page of agreements") },
    }),
    async (c) => {
      const query = c.req.valid("query");
      const where = agreementWhere(query, principalOf(c));
      const [items, [total]] = await Promise.all([
        loadSummaries(db, where, agreementOrder(query), query.limit, query.offset),
        db.select({ n: count() }).from(agreements).where(where),
      ]);
      return c.json({ items, total: total?.n ?? 0 }, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/agreements",
      tags: ["agreements"],
      summary: "Create an agreement (as a draft), with its partners and cooperation conditions",
      access: { roles: WRITERS },
      request: jsonBody(CreateAgreement),
      responses: { 201: jsonResponse(Agreement, "Created") },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const created = await db.transaction(async (tx) => {
        const id = await insertAgreement(tx, input);
        const agreement = await loadAgreement(tx, id);
        await recordAudit(tx, audit, c, { action: "create", entity: "agreement", entityId: id, after: agreement });
        return agreement;
      });
      return c.json(created, 201);
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/agreements/{id}",
      tags: ["agreements"],
      summary: "One agreement with its partners and conditions",
      access: { roles: READERS },
      request: { params: IdParams },
      responses: { 200: jsonResponse(Agreement, "The agreement") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      return c.json(await loadAgreement(db, id, principalOf(c)), 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "patch",
      path: "/agreements/{id}",
      tags: ["agreements"],
      summary: "Change an agreement's content; needs the version read (conditions sent with their id keep their usage)",
      access: { roles: WRITERS },
      request: { params: IdParams, ...jsonBody(UpdateAgreement) },
      responses: { 200: jsonResponse(Agreement, "Updated") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, partnerIds, conditions, ...fields } = await sentFields(c, c.req.valid("json"));
      if (version === undefined) throw new HttpProblem("validation", "The version read is required.");
      const updated = await db.transaction(async (tx) => {
        const before = await loadAgreement(tx, id, undefined, true);
        const startYear = fields.startYear ?? before.startYear;
        const endYear = fields.endYear ?? before.endYear;
        if (endYear < startYear) {
          throw new HttpProblem("validation", "Some fields are invalid.", {
            errors: [{ path: "body.endYear", message: "The last academic year cannot come before the first" }],
          });
        }
        if (partnerIds) await assertPartnersExist(tx, partnerIds);
        await updateVersioned(tx, agreements, id, version, {
          ...fields,
          ...(fields.departments ? { departments: [...new Set(fields.departments)] } : {}),
        });
        if (partnerIds) await setPartners(tx, id, partnerIds);
        if (conditions) await setConditions(tx, id, conditions);
        const after = await loadAgreement(tx, id);
        await recordAudit(tx, audit, c, { action: "update", entity: "agreement", entityId: id, before, after });
        return after;
      });
      return c.json(updated, 200);
    },
  );

  return router;
}
