import { CreateBooking, CreateInterviewSlots, InterviewBooking, InterviewSlotList, InterviewSlotPage, InterviewSlotQuery, UpdateBookingNotes, ERASMUS_WRITERS } from "@orbis/contracts/erasmus";
import { isUniqueViolation } from "@orbis/db";
import { createRouter, defineRoute, findOr404, hasAnyRole, HttpProblem, jsonBody, jsonResponse, principalOf, recordAudit, updateVersioned } from "@orbis/service-kit";
import { z } from "zod";
import { and, asc, count, eq, gte, isNotNull, isNull, lt, type SQL } from "drizzle-orm";
import { audit, interviewBookings, interviewSlots } from "../db/schema/index";
import { READ, WRITE } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { toBooking, toSlot } from "../domain/interviews";
import type { RouteContext } from "./context";

const VersionBody = z.object({ version: z.number().int().min(1) });

/** Individual interviews: slots opened by the team, bookings (never two on one slot), private notes. */
export function interviewRoutes({ db, now }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/interview-slots",
      tags: ["communication"],
      summary: "Interview slots in time order, with their bookings (notes for the Erasmus+ team only)",
      access: READ,
      request: { query: InterviewSlotQuery },
      responses: { 200: jsonResponse(InterviewSlotPage, "A page of slots") },
    }),
    async (c) => {
      const query = c.req.valid("query");
      const where: SQL[] = [];
      if (query.from) where.push(gte(interviewSlots.startsAt, new Date(query.from)));
      if (query.to) where.push(lt(interviewSlots.startsAt, new Date(query.to)));
      if (query.free === true) where.push(isNull(interviewBookings.id));
      if (query.free === false) where.push(isNotNull(interviewBookings.id));
      const filter = where.length ? and(...where) : undefined;
      const joined = () => db.select().from(interviewSlots).leftJoin(interviewBookings, eq(interviewBookings.slotId, interviewSlots.id));
      const [rows, [total]] = await Promise.all([
        joined().where(filter).orderBy(asc(interviewSlots.startsAt), interviewSlots.id).limit(query.limit).offset(query.offset),
        db.select({ n: count() }).from(interviewSlots).leftJoin(interviewBookings, eq(interviewBookings.slotId, interviewSlots.id)).where(filter),
      ]);
      const withNotes = hasAnyRole(principalOf(c), ERASMUS_WRITERS);
      return c.json({ items: rows.map((r) => toSlot(r.interview_slots, r.interview_bookings, withNotes)), total: total?.n ?? 0 }, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/interview-slots",
      tags: ["communication"],
      summary: "Open consecutive interview slots for an interviewer",
      access: WRITE,
      request: jsonBody(CreateInterviewSlots),
      responses: { 201: jsonResponse(InterviewSlotList, "The slots opened") },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const first = Date.parse(input.startsAt);
      const values = Array.from({ length: input.count }, (_, i) => ({
        interviewer: input.interviewer,
        place: input.place,
        startsAt: new Date(first + i * input.minutes * 60_000),
        endsAt: new Date(first + (i + 1) * input.minutes * 60_000),
      }));
      try {
        const rows = await db.transaction(async (tx) => {
          const created = await tx.insert(interviewSlots).values(values).returning();
          await recordAudit(tx, audit, c, { action: "create", entity: "interview-slots", entityId: created[0]!.id, after: { ...input, ids: created.map((r) => r.id) } });
          return created;
        });
        return c.json({ items: rows.map((r) => toSlot(r, null, true)) }, 201);
      } catch (err) {
        if (isUniqueViolation(err)) throw new HttpProblem("duplicate", `${input.interviewer} already has a slot starting at one of these times.`);
        throw err;
      }
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/interview-slots/{id}/booking",
      tags: ["communication"],
      summary: "Book a slot (409 when someone booked it first)",
      access: WRITE,
      request: { params: IdParams, ...jsonBody(CreateBooking) },
      responses: { 201: jsonResponse(InterviewBooking, "The booking") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const input = c.req.valid("json");
      try {
        const row = await db.transaction(async (tx) => {
          const slot = await findOr404(tx, interviewSlots, id, "interview slot");
          if (slot.startsAt <= now()) throw new HttpProblem("conflict", "This slot has already started.");
          // The unique slot id refuses the second of two concurrent bookings.
          const [created] = await tx.insert(interviewBookings).values({ ...input, slotId: id }).returning();
          await recordAudit(tx, audit, c, { action: "book", entity: "interview-booking", entityId: created!.id, after: toBooking(created!, false) });
          return created!;
        });
        return c.json(toBooking(row, true), 201);
      } catch (err) {
        if (isUniqueViolation(err)) throw new HttpProblem("conflict", "This slot is already booked: choose another one.");
        throw err;
      }
    },
  );

  router.openapi(
    defineRoute({
      method: "patch",
      path: "/interview-bookings/{id}/notes",
      tags: ["communication"],
      summary: "Write the interview notes (private to the Erasmus+ team); version required",
      access: WRITE,
      request: { params: IdParams, ...jsonBody(UpdateBookingNotes) },
      responses: { 200: jsonResponse(InterviewBooking, "The booking with its notes") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, notes } = c.req.valid("json");
      const row = await db.transaction(async (tx) => {
        await findOr404(tx, interviewBookings, id, "booking");
        const after = await updateVersioned(tx, interviewBookings, id, version, { notes });
        // The audit says that the notes changed, not what they say (they are private to the team).
        await recordAudit(tx, audit, c, { action: "notes", entity: "interview-booking", entityId: id, after: { version: after.version } });
        return after;
      });
      return c.json(toBooking(row, true), 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/interview-bookings/{id}/cancel",
      tags: ["communication"],
      summary: "Cancel a booking: the slot is free again; version required",
      access: WRITE,
      request: { params: IdParams, ...jsonBody(VersionBody) },
      responses: { 200: jsonResponse(InterviewBooking, "The booking cancelled") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version } = c.req.valid("json");
      const row = await db.transaction(async (tx) => {
        const before = await findOr404(tx, interviewBookings, id, "booking");
        if (before.version !== version) throw new HttpProblem("stale_version", `You saw version ${version} but the booking is at version ${before.version}.`);
        await tx.delete(interviewBookings).where(eq(interviewBookings.id, id));
        await recordAudit(tx, audit, c, { action: "cancel", entity: "interview-booking", entityId: id, before: toBooking(before, false) });
        return before;
      });
      return c.json(toBooking(row, false), 200);
    },
  );

  return router;
}
