import {
  Allocation,
  AllocationInput,
  AllocationList,
  AllocationQuery,
  HousingRequest,
  HousingRequestInput,
  HousingRequestList,
  HousingRequestQuery,
  VersionOnly,
} from "@orbis/contracts/incoming";
import { createRouter, defineRoute, findOr404, HttpProblem, jsonBody, jsonResponse, principalOf, recordAudit, updateVersioned } from "@orbis/service-kit";
import { and, eq, gte } from "drizzle-orm";
import { allocations, audit, housingRequests, rooms, students } from "../db/schema/index";
import { READERS, WRITERS } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { isUniqueViolation } from "../domain/db-errors";
import { activeAllocationsOfRoom, allocationsWhere, housingRequestsWhere, loadResidence, loadRoom, peakOccupancy, studentAllocationOverlapping } from "../domain/housing";
import { invalidField } from "../domain/life";
import { loadStudent, studentScopeWhere } from "../domain/students";
import type { RouteContext } from "./context";

/** Housing requests (the waiting list) and the beds allocated to them, never more than a room holds. */
export function housingAllocationRoutes({ db }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/housing/requests",
      tags: ["housing"],
      summary: "Housing requests in request order; waiting ones carry their waiting-list position",
      access: { roles: READERS },
      request: { query: HousingRequestQuery },
      responses: { 200: jsonResponse(HousingRequestList, "Oldest first") },
    }),
    async (c) => {
      const { status } = c.req.valid("query");
      const where = and(status ? eq(housingRequests.status, status) : undefined, studentScopeWhere(principalOf(c)));
      return c.json(await housingRequestsWhere(db, where), 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/housing/requests",
      tags: ["housing"],
      summary: "Put a student on the waiting list: 409 when they already wait",
      access: { roles: WRITERS },
      request: jsonBody(HousingRequestInput),
      responses: { 201: jsonResponse(HousingRequest, "On the list") },
    }),
    async (c) => {
      const input = c.req.valid("json");
      if (input.to < input.from) throw invalidField("body.to", "Must not be before from");
      const created = await db
        .transaction(async (tx) => {
          await loadStudent(tx, input.studentId, principalOf(c)).catch((err: unknown) => {
            throw err instanceof HttpProblem && err.code === "not_found" ? invalidField("body.studentId", "No such incoming student") : err;
          });
          if (input.residenceId) {
            await loadResidence(tx, input.residenceId).catch(() => {
              throw invalidField("body.residenceId", "No such residence");
            });
          }
          const [row] = await tx.insert(housingRequests).values(input).returning({ id: housingRequests.id });
          const [request] = await housingRequestsWhere(tx, eq(housingRequests.id, row!.id));
          await recordAudit(tx, audit, c, { action: "create", entity: "housing_request", entityId: row!.id, after: request });
          return request!;
        })
        .catch((err: unknown) => {
          if (isUniqueViolation(err)) throw new HttpProblem("duplicate", "This student is already on the waiting list.");
          throw err;
        });
      return c.json(created, 201);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/housing/requests/{id}/withdraw",
      tags: ["housing"],
      summary: "Take a waiting request off the list",
      access: { roles: WRITERS },
      request: { params: IdParams, ...jsonBody(VersionOnly) },
      responses: { 200: jsonResponse(HousingRequest, "Withdrawn") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version } = c.req.valid("json");
      const changed = await db.transaction(async (tx) => {
        const row = await findOr404(tx, housingRequests, id, "housing request");
        if (row.version === version && row.status !== "waiting") throw new HttpProblem("conflict", `The request is ${row.status}: only a waiting request can be withdrawn.`);
        await updateVersioned(tx, housingRequests, id, version, { status: "withdrawn" });
        await recordAudit(tx, audit, c, { action: "withdraw", entity: "housing_request", entityId: id, before: { status: row.status }, after: { status: "withdrawn" } });
        return (await housingRequestsWhere(tx, eq(housingRequests.id, id)))[0]!;
      });
      return c.json(changed, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/housing/allocations",
      tags: ["housing"],
      summary: "Allocations by residence and room (endingFrom: only those still running or to come on that day)",
      access: { roles: READERS },
      request: { query: AllocationQuery },
      responses: { 200: jsonResponse(AllocationList, "By residence, room, start") },
    }),
    async (c) => {
      const { residenceId, status, endingFrom } = c.req.valid("query");
      const where = and(
        residenceId ? eq(rooms.residenceId, residenceId) : undefined,
        status ? eq(allocations.status, status) : undefined,
        endingFrom ? gte(allocations.to, endingFrom) : undefined,
        studentScopeWhere(principalOf(c)),
      );
      return c.json(await allocationsWhere(db, where), 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/housing/allocations",
      tags: ["housing"],
      summary: "Allocate a bed of a room to a waiting request: 409 when the room is full on some day of the period",
      access: { roles: WRITERS },
      request: jsonBody(AllocationInput),
      responses: { 201: jsonResponse(Allocation, "Allocated") },
    }),
    async (c) => {
      const input = c.req.valid("json");
      if (input.to < input.from) throw invalidField("body.to", "Must not be before from");
      const created = await db.transaction(async (tx) => {
        // Lock order room, student, request: the room lock serialises allocations of its beds, the student lock
        // their one bed at a time.
        const room = await loadRoom(tx, input.roomId, true).catch(() => {
          throw invalidField("body.roomId", "No such room");
        });
        if (input.from < room.availableFrom) throw invalidField("body.from", `The room is available from ${room.availableFrom}`);
        if (input.to > room.availableTo) throw invalidField("body.to", `The room is available until ${room.availableTo}`);
        const [request] = await tx.select().from(housingRequests).where(eq(housingRequests.id, input.requestId));
        if (!request) throw invalidField("body.requestId", "No such housing request");
        await tx.select({ id: students.id }).from(students).where(eq(students.id, request.studentId)).for("update");
        const [locked] = await tx.select().from(housingRequests).where(eq(housingRequests.id, input.requestId)).for("update");
        if (locked!.status !== "waiting") throw new HttpProblem("conflict", `The request is ${locked!.status}, no longer waiting.`);
        if (await studentAllocationOverlapping(tx, request.studentId, input)) {
          throw new HttpProblem("conflict", "The student already has a bed for part of this period.");
        }
        const taken = await activeAllocationsOfRoom(tx, room.id, input);
        if (peakOccupancy(input, taken) >= room.capacity) {
          throw new HttpProblem("conflict", `Room ${room.number} has no bed free for the whole period: its ${room.capacity} beds are taken on some day.`);
        }
        const [row] = await tx.insert(allocations).values({ ...input, studentId: request.studentId }).returning({ id: allocations.id });
        await updateVersioned(tx, housingRequests, request.id, locked!.version, { status: "allocated" });
        const [allocation] = await allocationsWhere(tx, eq(allocations.id, row!.id));
        await recordAudit(tx, audit, c, { action: "allocate", entity: "allocation", entityId: row!.id, after: allocation });
        return allocation!;
      });
      return c.json(created, 201);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/housing/allocations/{id}/cancel",
      tags: ["housing"],
      summary: "Cancel an allocation: the bed is free again and the request returns to the waiting list at its place",
      access: { roles: WRITERS },
      request: { params: IdParams, ...jsonBody(VersionOnly) },
      responses: { 200: jsonResponse(Allocation, "Cancelled") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version } = c.req.valid("json");
      const changed = await db
        .transaction(async (tx) => {
          const row = await findOr404(tx, allocations, id, "allocation");
          if (row.version === version && row.status !== "active") throw new HttpProblem("conflict", "The allocation is already cancelled.");
          await updateVersioned(tx, allocations, id, version, { status: "cancelled" });
          const [request] = await tx.select().from(housingRequests).where(and(eq(housingRequests.id, row.requestId), eq(housingRequests.status, "allocated"))).for("update");
          if (request) await updateVersioned(tx, housingRequests, request.id, request.version, { status: "waiting" });
          const [after] = await allocationsWhere(tx, eq(allocations.id, id));
          await recordAudit(tx, audit, c, { action: "cancel", entity: "allocation", entityId: id, before: { status: row.status }, after: { status: "cancelled", requestStatus: request ? "waiting" : null } });
          return after!;
        })
        .catch((err: unknown) => {
          if (isUniqueViolation(err)) throw new HttpProblem("conflict", "The student has another request waiting: withdraw it before cancelling this allocation.");
          throw err;
        });
      return c.json(changed, 200);
    },
  );

  return router;
}
