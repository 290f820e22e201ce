import { OccupancyQuery, Residence, ResidenceInput, ResidenceList, ResidenceUpdate, Room, RoomInput, RoomUpdate } from "@orbis/contracts/incoming";
import { createRouter, defineRoute, HttpProblem, jsonBody, jsonResponse, recordAudit, updateVersioned } from "@orbis/service-kit";
import { eq } from "drizzle-orm";
import { audit, residences, rooms } from "../db/schema/index";
import { READERS, WRITERS } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { isUniqueViolation } from "../domain/db-errors";
import { activeAllocationsOfRoom, loadResidence, loadRoom, peakOccupancy, residencesWithRooms, toRoom } from "../domain/housing";
import { invalidField } from "../domain/life";
import type { RouteContext } from "./context";

function checkAvailability(input: { availableFrom: string; availableTo: string }) {
  if (input.availableTo < input.availableFrom) throw invalidField("body.availableTo", "Must not be before availableFrom");
}

/** Residences and their rooms, with the beds taken on a day. */
export function housingResidenceRoutes({ db, now }: RouteContext) {
  const router = createRouter();
  const today = () => now().toISOString().slice(0, 10);
  const duplicateName = (err: unknown) => {
    if (isUniqueViolation(err)) throw new HttpProblem("duplicate", "A residence or room with this name or number already exists.");
    throw err;
  };

  router.openapi(
    defineRoute({
      method: "get",
      path: "/housing/residences",
      tags: ["housing"],
      summary: "Residences with their rooms and the beds taken on a day (today by default)",
      access: { roles: READERS },
      request: { query: OccupancyQuery },
      responses: { 200: jsonResponse(ResidenceList, "By name") },
    }),
    async (c) => c.json(await residencesWithRooms(db, c.req.valid("query").on ?? today()), 200),
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/housing/residences",
      tags: ["housing"],
      summary: "Add a residence",
      access: { roles: WRITERS },
      request: jsonBody(ResidenceInput),
      responses: { 201: jsonResponse(Residence, "Added") },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const created = await db
        .transaction(async (tx) => {
          const [row] = await tx.insert(residences).values(input).returning();
          await recordAudit(tx, audit, c, { action: "create", entity: "residence", entityId: row!.id, after: row });
          return { ...row!, rooms: [], createdAt: row!.createdAt.toISOString(), updatedAt: row!.updatedAt.toISOString() };
        })
        .catch(duplicateName);
      return c.json(created, 201);
    },
  );

  router.openapi(
    defineRoute({
      method: "put",
      path: "/housing/residences/{id}",
      tags: ["housing"],
      summary: "Rename or move a residence",
      access: { roles: WRITERS },
      request: { params: IdParams, ...jsonBody(ResidenceUpdate) },
      responses: { 200: jsonResponse(Residence, "Changed") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, ...values } = c.req.valid("json");
      await db
        .transaction(async (tx) => {
          const before = await loadResidence(tx, id);
          const after = await updateVersioned(tx, residences, id, version, values);
          await recordAudit(tx, audit, c, { action: "update", entity: "residence", entityId: id, before, after });
        })
        .catch(duplicateName);
      const [changed] = await residencesWithRooms(db, today(), eq(residences.id, id));
      return c.json(changed!, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/housing/residences/{id}/rooms",
      tags: ["housing"],
      summary: "Add a room (beds, rent, availability) to a residence",
      access: { roles: WRITERS },
      request: { params: IdParams, ...jsonBody(RoomInput) },
      responses: { 201: jsonResponse(Room, "Added") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const input = c.req.valid("json");
      checkAvailability(input);
      const created = await db
        .transaction(async (tx) => {
          await loadResidence(tx, id);
          const [row] = await tx.insert(rooms).values({ ...input, residenceId: id }).returning();
          const room = toRoom(row!, 0);
          await recordAudit(tx, audit, c, { action: "create", entity: "room", entityId: room.id, after: room });
          return room;
        })
        .catch(duplicateName);
      return c.json(created, 201);
    },
  );

  router.openapi(
    defineRoute({
      method: "put",
      path: "/housing/rooms/{id}",
      tags: ["housing"],
      summary: "Change a room; its beds and availability must still hold the active allocations",
      access: { roles: WRITERS },
      request: { params: IdParams, ...jsonBody(RoomUpdate) },
      responses: { 200: jsonResponse(Room, "Changed") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, ...values } = c.req.valid("json");
      checkAvailability(values);
      const changed = await db
        .transaction(async (tx) => {
          const before = await loadRoom(tx, id, true);
          const active = await activeAllocationsOfRoom(tx, id, { from: "0001-01-01", to: "9999-12-31" });
          const outside = active.find((a) => a.from < values.availableFrom || a.to > values.availableTo);
          if (outside) throw invalidField("body.availableFrom", `An active allocation runs ${outside.from} to ${outside.to}, outside these dates`);
          const peak = Math.max(0, ...active.map((a) => peakOccupancy(a, active)));
          if (values.capacity < peak) throw invalidField("body.capacity", `${peak} beds are allocated at once: the capacity cannot be lower`);
          const after = toRoom(await updateVersioned(tx, rooms, id, version, values), 0);
          await recordAudit(tx, audit, c, { action: "update", entity: "room", entityId: id, before: toRoom(before, 0), after });
          return after;
        })
        .catch(duplicateName);
      const [residence] = await residencesWithRooms(db, today(), eq(residences.id, changed.residenceId));
      return c.json(residence!.rooms.find((r) => r.id === id)!, 200);
    },
  );

  return router;
}
