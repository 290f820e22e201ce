import { and, count, eq, type SQL } from "drizzle-orm";
import { AuditQuery, AuditRecord, pageOf } from "@orbis/contracts/common";
import type { Db } from "@orbis/db";
import { createRouter, defineRoute, jsonResponse, listAudit } from "@orbis/service-kit";
import { audit } from "../db/schema";

export function auditRoutes(db: Db) {
  const router = createRouter();
  router.openapi(
    defineRoute({
      method: "get",
      path: "/audit",
      tags: ["history"],
      summary: "The registry's audit trail, newest first",
      access: { roles: ["admin"] },
      request: { query: AuditQuery },
      responses: { 200: jsonResponse(pageOf(AuditRecord), "A page of audit records") },
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
