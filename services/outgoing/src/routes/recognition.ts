import { Recognition, RecognitionScale, SaveRecognition } from "@orbis/contracts/outgoing";
import { createRouter, defineRoute, HttpProblem, jsonBody, jsonResponse, principalOf, recordAudit, updateVersioned } from "@orbis/service-kit";
import { eq } from "drizzle-orm";
import { audit, recognitions } from "../db/schema/index";
import { actorOf, READERS, STAFF_AND_COORDINATORS } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { resolveScale, sourceOf } from "../domain/grade-tables";
import { loadMobility } from "../domain/mobilities";
import { convertComponents, toRecognition } from "../domain/recognition";
import { isUniqueViolation } from "../domain/unique";
import type { RouteContext } from "./context";

/** Statuses after which a transcript can exist. */
const RECOGNISABLE = ["in-progress", "completed", "interrupted"];

/** Recognition of a mobility's transcript by the department's coordinator or the outgoing team. */
export function recognitionRoutes({ db }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/mobilities/{id}/recognition/scale",
      tags: ["recognition"],
      summary: "The host scale (table or country scale) and home table the mobility's grades are converted with",
      access: { roles: READERS },
      request: { params: IdParams },
      responses: { 200: jsonResponse(RecognitionScale, "The scales and the host grades accepted") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const mobility = await loadMobility(db, id, principalOf(c));
      const scale = await resolveScale(db, mobility);
      return c.json({ ...sourceOf(scale), grades: scale.grades, failing: scale.failing }, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/mobilities/{id}/recognition",
      tags: ["recognition"],
      summary: "The recognition recorded for the mobility (404 when none yet)",
      access: { roles: READERS },
      request: { params: IdParams },
      responses: { 200: jsonResponse(Recognition, "The recognition") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await loadMobility(db, id, principalOf(c));
      const [row] = await db.select().from(recognitions).where(eq(recognitions.mobilityId, id));
      if (!row) throw new HttpProblem("not_found", "No recognition recorded for this mobility yet.");
      return c.json(toRecognition(row), 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "put",
      path: "/mobilities/{id}/recognition",
      tags: ["recognition"],
      summary: "Record or replace the recognition (grades converted by the service; the first save sends no version)",
      access: { roles: STAFF_AND_COORDINATORS },
      request: { params: IdParams, ...jsonBody(SaveRecognition) },
      responses: { 200: jsonResponse(Recognition, "Saved") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const input = c.req.valid("json");
      const principal = principalOf(c);
      try {
        const saved = await db.transaction(async (tx) => {
          const mobility = await loadMobility(tx, id, principal);
          if (!RECOGNISABLE.includes(mobility.status)) {
            throw new HttpProblem("conflict", `The mobility is ${mobility.status}: there is no transcript to recognise yet.`);
          }
          const resolved = await resolveScale(tx, mobility);
          const components = convertComponents(resolved, input.components);
          const values = { scale: sourceOf(resolved), components, decidedBy: actorOf(principal) };
          const [existing] = await tx.select().from(recognitions).where(eq(recognitions.mobilityId, id));
          if (!existing) {
            if (input.version !== undefined) throw new HttpProblem("stale_version", "The recognition you edited no longer exists. Reload first.");
            const [row] = await tx.insert(recognitions).values({ mobilityId: id, ...values }).returning();
            const after = toRecognition(row!);
            await recordAudit(tx, audit, c, { action: "create", entity: "recognition", entityId: after.id, after });
            return after;
          }
          if (input.version === undefined) {
            throw new HttpProblem("stale_version", `A recognition was already recorded (version ${existing.version}). Reload and apply your change again.`);
          }
          const after = toRecognition(await updateVersioned(tx, recognitions, existing.id, input.version, values));
          await recordAudit(tx, audit, c, { action: "update", entity: "recognition", entityId: after.id, before: toRecognition(existing), after });
          return after;
        });
        return c.json(saved, 200);
      } catch (error) {
        if (isUniqueViolation(error)) throw new HttpProblem("stale_version", "Someone recorded this recognition meanwhile. Reload and apply your change again.");
        throw error;
      }
    },
  );

  return router;
}
