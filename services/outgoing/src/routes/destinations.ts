import { DestinationList, DestinationSync } from "@orbis/contracts/outgoing";
import { createRouter, defineRoute, jsonResponse, recordAudit } from "@orbis/service-kit";
import { and, eq, notInArray } from "drizzle-orm";
import { audit, callDestinations } from "../db/schema/index";
import { READERS, STAFF } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { assertNotPublished, loadCall } from "../domain/calls";
import { destinationsOf, sendingDestinations, toDestination } from "../domain/destinations";
import type { RouteContext } from "./context";

/** The destinations of a call: sending places of the agreements in force, pulled from the agreements service. */
export function destinationRoutes({ db, agreements }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/calls/{id}/destinations",
      tags: ["calls"],
      summary: "The call's destinations with their places",
      access: { roles: READERS },
      request: { params: IdParams },
      responses: { 200: jsonResponse(DestinationList, "Destinations by country and partner") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await loadCall(db, id);
      return c.json({ items: (await destinationsOf(db, id)).map(toDestination) }, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/calls/{id}/destinations/sync",
      tags: ["calls"],
      summary: "Pull the sending conditions in force in the call's year; re-sync updates places and keeps every destination applications point at",
      access: { roles: STAFF },
      request: { params: IdParams },
      responses: { 200: jsonResponse(DestinationSync, "What changed and the destinations now") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const call = await loadCall(db, id);
      assertNotPublished(call, "the destinations");
      // Read the agreements service before the transaction: no remote call while rows are locked.
      const fresh = await sendingDestinations(agreements, call.academicYear, call.programme);
      const result = await db.transaction(async (tx) => {
        const before = await destinationsOf(tx, id);
        const known = new Set(before.map((d) => d.conditionId));
        const syncedAt = new Date();
        for (const values of fresh) {
          await tx
            .insert(callDestinations)
            .values({ ...values, callId: id, syncedAt, inForce: true })
            .onConflictDoUpdate({ target: [callDestinations.callId, callDestinations.conditionId], set: { ...values, syncedAt, inForce: true } });
        }
        const freshIds = fresh.map((d) => d.conditionId);
        const gone = await tx
          .update(callDestinations)
          .set({ inForce: false, places: 0, syncedAt })
          .where(and(eq(callDestinations.callId, id), eq(callDestinations.inForce, true), ...(freshIds.length ? [notInArray(callDestinations.conditionId, freshIds)] : [])))
          .returning({ id: callDestinations.id });
        const after = await destinationsOf(tx, id);
        const summary = { added: fresh.filter((d) => !known.has(d.conditionId)).length, updated: fresh.filter((d) => known.has(d.conditionId)).length, noLongerInForce: gone.length };
        await recordAudit(tx, audit, c, {
          action: "sync_destinations",
          entity: "call",
          entityId: id,
          before: before.map((d) => ({ conditionId: d.conditionId, places: d.places, inForce: d.inForce })),
          after: { ...summary, destinations: after.map((d) => ({ conditionId: d.conditionId, places: d.places, inForce: d.inForce })) },
        });
        return { ...summary, items: after.map(toDestination) };
      });
      return c.json(result, 200);
    },
  );

  return router;
}
