import { AuditQuery, AuditRecord, pageOf } from "@orbis/contracts/common";
import type { Db } from "@orbis/db";
import { and, count, eq, type SQL } from "drizzle-orm";
import { listAudit, type AuditTable } from "./audit";
import { createRouter, defineRoute, jsonResponse } from "./route";

/** `GET /audit`: a service's audit trail, newest first, filtered by entity and entity id (administrators). */
export function auditRoutes(db: Db, table: AuditTable, options: { summary?: string } = {}) {
  const router = createRouter();
  router.openapi(
    defineRoute({
      method: "get",
      path: "/audit",
      tags: ["audit"],
      summary: options.summary ?? "Audit trail, newest first, filtered by entity and entity id",
      access: { roles: ["admin"] },
      request: { query: AuditQuery },
      responses: { 200: jsonResponse(pageOf(AuditRecord), "A page of audit records") },
    }),
    async (c) => {
      const query = c.req.valid("query");
      const conditions: SQL[] = [];
      if (query.entity) conditions.push(eq(table.entity, query.entity));
      if (query.entityId) conditions.push(eq(table.entityId, query.entityId));
      const [rows, [total]] = await Promise.all([
        listAudit(db, table, query),
        db.select({ n: count() }).from(table).where(conditions.length ? and(...conditions) : undefined),
      ]);
      const items = rows.map((r) => ({ ...r, at: r.at.toISOString() }));
      return c.json({ items, total: total?.n ?? 0 }, 200);
    },
  );
  return router;
}
