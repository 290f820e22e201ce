import { EqualityAction, EqualityActionInput, EqualityActionUpdate, EqualityOverview, EqualityQuery, EqualityTarget, EqualityTargetInput, EqualityTargetUpdate } from "@orbis/contracts/governance";
import { createRouter, defineRoute, findOr404, HttpProblem, jsonBody, jsonResponse, recordAudit, updateVersioned } from "@orbis/service-kit";
import { and, asc, eq } from "drizzle-orm";
import { audit, equalityActions, equalityTargets } from "../db/schema/index";
import { STAFF_READERS, WRITERS } from "../domain/access";
import { toEqualityAction, toEqualityTarget } from "../domain/equal-opportunity";
import { IdParams } from "../domain/api-schemas";
import type { RouteContext } from "./context";

const duplicateTarget = () =>
  new HttpProblem("duplicate", "A target on this indicator exists for this year.", { errors: [{ path: "body.year", message: "Already has a target for this indicator" }] });

/** Equal opportunity: targets on analytics indicators (scholarship holders, disability, gender) and the actions to reach them. */
export function equalOpportunityRoutes({ db, analytics, now }: RouteContext) {
  const router = createRouter();
  const today = () => now().toISOString().slice(0, 10);
  const withReading = async (row: typeof equalityTargets.$inferSelect) => toEqualityTarget(row, await analytics.indicatorValue(row.indicatorKey, row.year));

  router.openapi(
    defineRoute({
      method: "get",
      path: "/equal-opportunity",
      tags: ["equal-opportunity"],
      summary: "Targets with their analytics figure (or why there is none yet) and actions, overdue ones flagged",
      access: { roles: STAFF_READERS },
      request: { query: EqualityQuery },
      responses: { 200: jsonResponse(EqualityOverview, "Targets and actions") },
    }),
    async (c) => {
      const { year, dimension } = c.req.valid("query");
      const [targets, actions] = await Promise.all([
        db.select().from(equalityTargets)
          .where(and(year ? eq(equalityTargets.year, year) : undefined, dimension ? eq(equalityTargets.dimension, dimension) : undefined))
          .orderBy(asc(equalityTargets.year), asc(equalityTargets.dimension), asc(equalityTargets.id)),
        db.select().from(equalityActions).where(dimension ? eq(equalityActions.dimension, dimension) : undefined).orderBy(asc(equalityActions.dueDate), asc(equalityActions.id)),
      ]);
      return c.json({ targets: await Promise.all(targets.map(withReading)), actions: actions.map((a) => toEqualityAction(a, today())) }, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/equal-opportunity/targets",
      tags: ["equal-opportunity"],
      summary: "Set a yearly target on an indicator",
      access: { roles: WRITERS },
      request: jsonBody(EqualityTargetInput),
      responses: { 201: jsonResponse(EqualityTarget, "Created") },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const row = await db.transaction(async (tx) => {
        const [created] = await tx.insert(equalityTargets).values(input).onConflictDoNothing().returning();
        if (!created) throw duplicateTarget();
        await recordAudit(tx, audit, c, { action: "create", entity: "equality-target", entityId: created.id, after: created });
        return created;
      });
      return c.json(await withReading(row), 201);
    },
  );

  router.openapi(
    defineRoute({
      method: "put",
      path: "/equal-opportunity/targets/{id}",
      tags: ["equal-opportunity"],
      summary: "Change a target; needs the version read",
      access: { roles: WRITERS },
      request: { params: IdParams, ...jsonBody(EqualityTargetUpdate) },
      responses: { 200: jsonResponse(EqualityTarget, "Updated") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, ...input } = c.req.valid("json");
      const row = await db.transaction(async (tx) => {
        const before = await findOr404(tx, equalityTargets, id, "target");
        const [clash] = await tx.select({ id: equalityTargets.id }).from(equalityTargets).where(and(eq(equalityTargets.indicatorKey, input.indicatorKey), eq(equalityTargets.year, input.year)));
        if (clash && clash.id !== id) throw duplicateTarget();
        const after = await updateVersioned(tx, equalityTargets, id, version, input);
        await recordAudit(tx, audit, c, { action: "update", entity: "equality-target", entityId: id, before, after });
        return after;
      });
      return c.json(await withReading(row), 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/equal-opportunity/actions",
      tags: ["equal-opportunity"],
      summary: "Plan an action",
      access: { roles: WRITERS },
      request: jsonBody(EqualityActionInput),
      responses: { 201: jsonResponse(EqualityAction, "Created") },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const created = await db.transaction(async (tx) => {
        const [row] = await tx.insert(equalityActions).values(input).returning();
        await recordAudit(tx, audit, c, { action: "create", entity: "equality-action", entityId: row!.id, after: row });
        return toEqualityAction(row!, today());
      });
      return c.json(created, 201);
    },
  );

  router.openapi(
    defineRoute({
      method: "put",
      path: "/equal-opportunity/actions/{id}",
      tags: ["equal-opportunity"],
      summary: "Change an action (status, owner, due date); needs the version read",
      access: { roles: WRITERS },
      request: { params: IdParams, ...jsonBody(EqualityActionUpdate) },
      responses: { 200: jsonResponse(EqualityAction, "Updated") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, ...input } = c.req.valid("json");
      const updated = await db.transaction(async (tx) => {
        const before = await findOr404(tx, equalityActions, id, "action");
        const after = await updateVersioned(tx, equalityActions, id, version, input);
        await recordAudit(tx, audit, c, { action: "update", entity: "equality-action", entityId: id, before, after });
        return toEqualityAction(after, today());
      });
      return c.json(updated, 200);
    },
  );

  return router;
}
