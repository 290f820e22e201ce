import { Call, CallPage, CallQuery, CallStatusChange, CreateCall, UpdateCall } from "@orbis/contracts/outgoing";
import { createRouter, defineRoute, jsonBody, jsonResponse, recordAudit, updateVersioned } from "@orbis/service-kit";
import { and, count, desc, eq, type SQL } from "drizzle-orm";
import { audit, calls } from "../db/schema/index";
import { READERS, STAFF } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { assertNotPublished, assertTransition, loadCall, toCall } from "../domain/calls";
import type { RouteContext } from "./context";

/** Calls for applications: created and edited by the outgoing team, read by everyone who follows selection. */
export function callRoutes({ db }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/calls",
      tags: ["calls"],
      summary: "Calls by academic year, programme and status, latest year first",
      access: { roles: READERS },
      request: { query: CallQuery },
      responses: { 200: jsonResponse(CallPage, "A page of calls") },
    }),
    async (c) => {
      const query = c.req.valid("query");
      const where: SQL[] = [];
      if (query.academicYear !== undefined) where.push(eq(calls.academicYear, query.academicYear));
      if (query.programme) where.push(eq(calls.programme, query.programme));
      if (query.status) where.push(eq(calls.status, query.status));
      const [rows, [total]] = await Promise.all([
        db.select().from(calls).where(and(...where)).orderBy(desc(calls.academicYear), calls.title, calls.id).limit(query.limit).offset(query.offset),
        db.select({ n: count() }).from(calls).where(and(...where)),
      ]);
      return c.json({ items: rows.map(toCall), total: total?.n ?? 0 }, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/calls",
      tags: ["calls"],
      summary: "Create a call (draft)",
      access: { roles: STAFF },
      request: jsonBody(CreateCall),
      responses: { 201: jsonResponse(Call, "The call created") },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const row = await db.transaction(async (tx) => {
        const [created] = await tx.insert(calls).values(input).returning();
        await recordAudit(tx, audit, c, { action: "create", entity: "call", entityId: created!.id, after: toCall(created!) });
        return created!;
      });
      return c.json(toCall(row), 201);
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/calls/{id}",
      tags: ["calls"],
      summary: "One call",
      access: { roles: READERS },
      request: { params: IdParams },
      responses: { 200: jsonResponse(Call, "The call") },
    }),
    async (c) => c.json(toCall(await loadCall(db, c.req.valid("param").id)), 200),
  );

  router.openapi(
    defineRoute({
      method: "patch",
      path: "/calls/{id}",
      tags: ["calls"],
      summary: "Edit a call (not once published); version required",
      access: { roles: STAFF },
      request: { params: IdParams, ...jsonBody(UpdateCall) },
      responses: { 200: jsonResponse(Call, "The call after the change") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, ...changes } = c.req.valid("json");
      const row = await db.transaction(async (tx) => {
        const before = await loadCall(tx, id);
        assertNotPublished(before, "the call");
        const after = await updateVersioned(tx, calls, id, version, changes);
        await recordAudit(tx, audit, c, { action: "update", entity: "call", entityId: id, before: toCall(before), after: toCall(after) });
        return after;
      });
      return c.json(toCall(row), 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/calls/{id}/status",
      tags: ["calls"],
      summary: "Open, close, reopen or take back a call to draft (published only through the allocation)",
      access: { roles: STAFF },
      request: { params: IdParams, ...jsonBody(CallStatusChange) },
      responses: { 200: jsonResponse(Call, "The call in its new status") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, status } = c.req.valid("json");
      const row = await db.transaction(async (tx) => {
        const before = await loadCall(tx, id);
        assertTransition(before.status as Call["status"], status);
        const after = await updateVersioned(tx, calls, id, version, { status });
        await recordAudit(tx, audit, c, { action: "status", entity: "call", entityId: id, before: { status: before.status }, after: { status } });
        return after;
      });
      return c.json(toCall(row), 200);
    },
  );

  return router;
}
