import { createRouter, defineRoute, jsonResponse, listAudit } from "@orbis/service-kit";
import { and, count, eq, type SQL } from "drizzle-orm";
import { audit } from "../db/schema";
import { AuditPage, AuditQuery } from "../domain/api-schemas";
import type { RouteContext } from "./context";

/** The identity audit trail: who changed which account or department, before and after (administrators). */
export function auditRoutes({ db }: RouteContext) {
  const router = createRouter();
  router.openapi(
    defineRoute({
      method: "get",
      path: "/audit",
      tags: ["audit"],
      summary: "Audit trail, newest first, filtered by entity and entity id",
      access: { roles: ["admin"] },
      request: { query: AuditQuery },
      responses: { 200: jsonResponse(AuditPage, "A page of audit entries") },
    }),
    async (c) => {
      const query = c.req.valid("query");
      const conditions: SQL[] = [];
      if (query.entity) conditions.push(eq(audit.entity, query.entity));
      if (query.entityId) conditions.push(eq(audit.entityId, query.entityId));
      const [rows, [total]] = await Promise.all([
        listAudit(db, audit, query),
        db.select({ n: count() }).from(audit).where(conditions.length ? and(...conditions) : undefined),
      ]);
      const items = rows.map((r) => ({ ...r, at: r.at.toISOString() }));
      return c.json({ items, total: total?.n ?? 0 }, 200);
    },
  );
  return router;
}
