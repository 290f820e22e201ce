import { and, count, desc, eq, type SQL } from "drizzle-orm";
import { EventQuery, PublishEventPage } from "@orbis/contracts/registry";
import type { Db } from "@orbis/db";
import { createRouter, defineRoute, jsonResponse } from "@orbis/service-kit";
import { events } from "../db/schema";
import { toPublishEvent } from "../modules/mappers";

/** Publish history: who published, rolled back or edited which module, newest first. */
export function eventRoutes(db: Db) {
  const router = createRouter();
  router.openapi(
    defineRoute({
      method: "get",
      path: "/events",
      tags: ["history"],
      summary: "Publish history, newest first",
      access: { roles: ["admin"] },
      request: { query: EventQuery },
      responses: { 200: jsonResponse(PublishEventPage, "A page of events") },
    }),
    async (c) => {
      const query = c.req.valid("query");
      const conditions: SQL[] = [];
      if (query.module) conditions.push(eq(events.module, query.module));
      if (query.action) conditions.push(eq(events.action, query.action));
      const where = conditions.length ? and(...conditions) : undefined;
      const [rows, [total]] = await Promise.all([
        db.select().from(events).where(where).orderBy(desc(events.id)).limit(query.limit).offset(query.offset),
        db.select({ n: count() }).from(events).where(where),
      ]);
      return c.json({ items: rows.map(toPublishEvent), total: total?.n ?? 0 }, 200);
    },
  );
  return router;
}
