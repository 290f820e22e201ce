import { CreateEvent, ErasmusEvent, EventPage, EventQuery, UpdateEvent, eventChecks } from "@orbis/contracts/erasmus";
import { createRouter, defineRoute, findOr404, HttpProblem, jsonBody, jsonResponse, recordAudit, updateVersioned, zodFieldErrors } from "@orbis/service-kit";
import { z } from "zod";
import { count, desc, asc, eq, gte, lt, and, type SQL } from "drizzle-orm";
import { audit, events } from "../db/schema/index";
import { READ, WRITE } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { countsOf, promoteWaiting, toEvent } from "../domain/events";
import type { RouteContext } from "./context";

const eventColumns = <T extends { startsAt?: string | undefined; endsAt?: string | undefined }>(input: T) => ({
  ...input,
  ...(input.startsAt ? { startsAt: new Date(input.startsAt) } : {}),
  ...(input.endsAt ? { endsAt: new Date(input.endsAt) } : {}),
});

/** Erasmus Days, information sessions, talks and workshops. */
export function eventRoutes({ db, now }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/events",
      tags: ["communication"],
      summary: "Events with their registration counts (upcoming: soonest first; otherwise latest first)",
      access: READ,
      request: { query: EventQuery },
      responses: { 200: jsonResponse(EventPage, "A page of events") },
    }),
    async (c) => {
      const query = c.req.valid("query");
      const where: SQL[] = [];
      if (query.kind) where.push(eq(events.kind, query.kind));
      if (query.when === "upcoming") where.push(gte(events.endsAt, now()));
      if (query.when === "past") where.push(lt(events.endsAt, now()));
      const filter = where.length ? and(...where) : undefined;
      const order = query.when === "upcoming" ? asc(events.startsAt) : desc(events.startsAt);
      const [rows, [total]] = await Promise.all([
        db.select().from(events).where(filter).orderBy(order, events.id).limit(query.limit).offset(query.offset),
        db.select({ n: count() }).from(events).where(filter),
      ]);
      const counts = await countsOf(db, rows.map((r) => r.id));
      return c.json({ items: rows.map((r) => toEvent(r, counts.get(r.id))), total: total?.n ?? 0 }, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/events",
      tags: ["communication"],
      summary: "Create an event",
      access: WRITE,
      request: jsonBody(CreateEvent),
      responses: { 201: jsonResponse(ErasmusEvent, "The event") },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const row = await db.transaction(async (tx) => {
        const [created] = await tx.insert(events).values(eventColumns(input)).returning();
        await recordAudit(tx, audit, c, { action: "create", entity: "event", entityId: created!.id, after: toEvent(created!) });
        return created!;
      });
      return c.json(toEvent(row), 201);
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/events/{id}",
      tags: ["communication"],
      summary: "One event with its counts",
      access: READ,
      request: { params: IdParams },
      responses: { 200: jsonResponse(ErasmusEvent, "The event") },
    }),
    async (c) => {
      const row = await findOr404(db, events, c.req.valid("param").id, "event");
      return c.json(toEvent(row, (await countsOf(db, [row.id])).get(row.id)), 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "patch",
      path: "/events/{id}",
      tags: ["communication"],
      summary: "Edit an event; a larger capacity moves the waiting list up; version required",
      access: WRITE,
      request: { params: IdParams, ...jsonBody(UpdateEvent) },
      responses: { 200: jsonResponse(ErasmusEvent, "The event after the change") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, ...changes } = c.req.valid("json");
      const row = await db.transaction(async (tx) => {
        const before = await findOr404(tx, events, id, "event");
        const period = { startsAt: changes.startsAt ?? before.startsAt.toISOString(), endsAt: changes.endsAt ?? before.endsAt.toISOString() };
        const checked = z.object({ startsAt: z.string(), endsAt: z.string() }).superRefine(eventChecks).safeParse(period);
        if (!checked.success) throw new HttpProblem("validation", "Some fields are invalid.", { errors: zodFieldErrors(checked.error.issues, "body") });
        const after = await updateVersioned(tx, events, id, version, eventColumns(changes));
        await promoteWaiting(tx, c, after);
        await recordAudit(tx, audit, c, { action: "update", entity: "event", entityId: id, before: toEvent(before), after: toEvent(after) });
        return after;
      });
      return c.json(toEvent(row, (await countsOf(db, [row.id])).get(row.id)), 200);
    },
  );

  return router;
}
