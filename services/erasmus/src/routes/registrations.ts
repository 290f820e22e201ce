import { AttendeesExportQuery, CreateRegistration, Registration, RegistrationList, UpdateRegistration } from "@orbis/contracts/erasmus";
import { tableFileResponse, tableFileResponses } from "@orbis/documents/tables";
import { createRouter, defineRoute, findOr404, HttpProblem, jsonBody, jsonResponse, recordAudit, updateVersioned } from "@orbis/service-kit";
import { and, asc, eq } from "drizzle-orm";
import { audit, eventRegistrations, events } from "../db/schema/index";
import { READ, WRITE } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { confirmedCount, promoteWaiting, STATUS_ORDER, toRegistrations } from "../domain/events";
import type { RouteContext } from "./context";

const ATTENDEE_COLUMNS = [
  { key: "name", header: "Nom / Name" },
  { key: "email", header: "Courriel / Email" },
  { key: "participantKind", header: "Public / Audience" },
  { key: "status", header: "Inscription / Registration" },
  { key: "attended", header: "Présent / Attended" },
  { key: "registeredAt", header: "Inscrit le / Registered at" },
];

/** Registrations to events: capacity with a waiting list, attendance, and the attendee list as a file. */
export function registrationRoutes({ db }: RouteContext) {
  const router = createRouter();
  const listOf = async (eventId: string) =>
    toRegistrations(
      await db.select().from(eventRegistrations).where(eq(eventRegistrations.eventId, eventId)).orderBy(STATUS_ORDER, asc(eventRegistrations.registeredAt), asc(eventRegistrations.id)),
    );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/events/{id}/registrations",
      tags: ["communication"],
      summary: "An event's registrations: confirmed, then the waiting list in order, then cancelled",
      access: READ,
      request: { params: IdParams },
      responses: { 200: jsonResponse(RegistrationList, "The registrations") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await findOr404(db, events, id, "event");
      return c.json({ items: await listOf(id) }, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/events/{id}/registrations",
      tags: ["communication"],
      summary: "Register someone: confirmed within capacity, else on the waiting list",
      access: WRITE,
      request: { params: IdParams, ...jsonBody(CreateRegistration) },
      responses: { 201: jsonResponse(Registration, "The registration") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const input = c.req.valid("json");
      const created = await db.transaction(async (tx) => {
        // The event's row lock serialises registrations: two people never take the last seat.
        const event = await findOr404(tx, events, id, "event");
        if (!event.registrationOpen) throw new HttpProblem("conflict", "Registrations to this event are closed.");
        const [existing] = await tx.select().from(eventRegistrations).where(and(eq(eventRegistrations.eventId, id), eq(eventRegistrations.email, input.email)));
        if (existing && existing.status !== "cancelled") throw new HttpProblem("duplicate", `${input.email} is already registered to this event.`);
        const status = (await confirmedCount(tx, id)) < event.capacity ? "registered" : "waiting";
        const values = { ...input, eventId: id, status, attended: false, registeredAt: new Date() };
        const [row] = existing
          ? await tx.update(eventRegistrations).set({ ...values, version: existing.version + 1, updatedAt: new Date() }).where(eq(eventRegistrations.id, existing.id)).returning()
          : await tx.insert(eventRegistrations).values(values).returning();
        await recordAudit(tx, audit, c, { action: "register", entity: "event-registration", entityId: row!.id, after: { eventId: id, email: input.email, status } });
        return row!;
      });
      const registration = (await listOf(id)).find((r) => r.id === created.id)!;
      return c.json(registration, 201);
    },
  );

  router.openapi(
    defineRoute({
      method: "patch",
      path: "/event-registrations/{id}",
      tags: ["communication"],
      summary: "Record attendance, or cancel (the first on the waiting list takes the seat); version required",
      access: WRITE,
      request: { params: IdParams, ...jsonBody(UpdateRegistration) },
      responses: { 200: jsonResponse(Registration, "The registration") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, attended, status } = c.req.valid("json");
      const eventId = await db.transaction(async (tx) => {
        const before = await findOr404(tx, eventRegistrations, id, "registration");
        const event = await findOr404(tx, events, before.eventId, "event");
        if (before.status === "cancelled") throw new HttpProblem("conflict", "This registration is cancelled.");
        if (attended && before.status !== "registered") throw new HttpProblem("conflict", "Only confirmed registrations can be marked present.");
        const after = await updateVersioned(tx, eventRegistrations, id, version, { ...(attended !== undefined ? { attended } : {}), ...(status ? { status, attended: false } : {}) });
        await recordAudit(tx, audit, c, { action: status ? "cancel" : "attendance", entity: "event-registration", entityId: id, before: { status: before.status, attended: before.attended }, after: { status: after.status, attended: after.attended } });
        if (status) await promoteWaiting(tx, c, event);
        return before.eventId;
      });
      return c.json((await listOf(eventId)).find((r) => r.id === id)!, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/events/{id}/attendees",
      tags: ["communication"],
      summary: "The confirmed registrations with their attendance, as CSV or XLSX",
      access: READ,
      request: { params: IdParams, query: AttendeesExportQuery },
      responses: tableFileResponses,
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { format } = c.req.valid("query");
      const event = await findOr404(db, events, id, "event");
      const rows = (await listOf(id)).filter((r) => r.status === "registered").map((r) => ({ ...r, attended: r.attended ? "oui / yes" : "non / no" }));
      return (await tableFileResponse(format, `participants-${event.startsAt.toISOString().slice(0, 10)}`, ATTENDEE_COLUMNS, rows, "Participants")) as never;
    },
  );

  return router;
}
