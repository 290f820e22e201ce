import { and, eq, ilike, lte, gte, type SQL } from "drizzle-orm";
import {
  CreateObjective,
  CreateObjectiveTarget,
  CreateObjectiveValue,
  IndicatorDefinition,
  INDICATORS,
  INDICATOR_KEYS,
  Objective,
  ObjectiveProgress,
  ObjectiveQuery,
  ObjectiveTarget,
  ObjectiveTargetQuery,
  ObjectiveValue,
  ObjectiveValueQuery,
  UpdateObjective,
  UpdateObjectiveTarget,
  UpdateObjectiveValue,
} from "@orbis/contracts/governance";
import { createRouter, defineRoute, HttpProblem, jsonResponse } from "@orbis/service-kit";
import type { Db } from "@orbis/db";
import { z } from "zod";
import { objectives, objectiveTargets, objectiveValues } from "../db/schema/index";
import { READERS, STAFF_READERS, WRITERS } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { assertOrdered, assertReference } from "../domain/checks";
import { objectiveProgress } from "../domain/objective-progress";
import type { RouteContext } from "./context";
import { fieldProblem, present, resourceRoutes } from "./resource";

type Q = Record<string, unknown>;

/** Policy objectives, their yearly targets and the figures entered by hand; progress against the targets. */
export function objectiveRoutes({ db, analytics, now }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/indicators",
      tags: ["objectives"],
      summary: "The catalogue of indicators objectives can follow (key, unit, label in French and English)",
      access: { roles: READERS },
      responses: { 200: jsonResponse(z.array(IndicatorDefinition), "Every indicator key") },
    }),
    (c) => c.json(INDICATOR_KEYS.map((key) => ({ key, ...INDICATORS[key] })), 200),
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/objectives/{id}/progress",
      tags: ["objectives"],
      summary: "Each year of an objective: target, figure (entered by hand, else computed by analytics, else none yet), progress",
      access: { roles: STAFF_READERS },
      request: { params: IdParams },
      responses: { 200: jsonResponse(ObjectiveProgress, "The objective's progress per year") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const [row] = await db.select().from(objectives).where(eq(objectives.id, id));
      if (!row) throw new HttpProblem("not_found", `No objective with id ${id}.`);
      const [targets, values] = await Promise.all([
        db.select().from(objectiveTargets).where(eq(objectiveTargets.objectiveId, id)),
        db.select().from(objectiveValues).where(eq(objectiveValues.objectiveId, id)),
      ]);
      const objective = present(Objective, row) as Objective;
      const years = await objectiveProgress(objective, targets, values, analytics, now().getUTCFullYear());
      return c.json({ objective, years }, 200);
    },
  );

  router.route(
    "/",
    resourceRoutes(db, {
      entity: "objective",
      path: "/objectives",
      tag: "objectives",
      table: objectives,
      dto: Objective,
      create: CreateObjective,
      update: UpdateObjective,
      query: ObjectiveQuery,
      readers: STAFF_READERS,
      writers: WRITERS,
      orderBy: [objectives.axis, objectives.title, objectives.id],
      filters: (q: Q) => {
        const where: SQL[] = [];
        if (q.status) where.push(eq(objectives.status, q.status as string));
        if (q.indicatorKey) where.push(eq(objectives.indicatorKey, q.indicatorKey as string));
        if (q.year !== undefined) where.push(and(lte(objectives.startYear, q.year as number), gte(objectives.endYear, q.year as number))!);
        if (q.q) where.push(ilike(objectives.title, `%${q.q as string}%`));
        return where;
      },
      check: async (_tx, v) => assertOrdered(v.startYear, v.endYear, "endYear", "The last year comes after the first."),
    }),
  );

  /** A target or figure belongs to an existing objective, within its years. */
  const withinObjective = async (tx: Db, v: Q) => {
    const objective = await assertReference(tx, objectives, v.objectiveId, "objectiveId", "objective");
    const year = v.year as number;
    if (year < (objective.startYear as number) || year > (objective.endYear as number)) {
      throw fieldProblem("year", `The objective runs from ${String(objective.startYear)} to ${String(objective.endYear)}.`);
    }
  };

  router.route(
    "/",
    resourceRoutes(db, {
      entity: "objective-target",
      path: "/objective-targets",
      tag: "objectives",
      table: objectiveTargets,
      dto: ObjectiveTarget,
      create: CreateObjectiveTarget,
      update: UpdateObjectiveTarget,
      query: ObjectiveTargetQuery,
      readers: STAFF_READERS,
      writers: WRITERS,
      orderBy: [objectiveTargets.objectiveId, objectiveTargets.year],
      filters: (q: Q) => (q.objectiveId ? [eq(objectiveTargets.objectiveId, q.objectiveId as string)] : []),
      check: withinObjective,
      duplicate: { path: "year", message: "This objective already has a target for that year." },
    }),
  );

  router.route(
    "/",
    resourceRoutes(db, {
      entity: "objective-value",
      path: "/objective-values",
      tag: "objectives",
      table: objectiveValues,
      dto: ObjectiveValue,
      create: CreateObjectiveValue,
      update: UpdateObjectiveValue,
      query: ObjectiveValueQuery,
      readers: STAFF_READERS,
      writers: WRITERS,
      orderBy: [objectiveValues.objectiveId, objectiveValues.year],
      filters: (q: Q) => (q.objectiveId ? [eq(objectiveValues.objectiveId, q.objectiveId as string)] : []),
      check: withinObjective,
      duplicate: { path: "year", message: "A figure is already entered for that year: edit it." },
    }),
  );

  return router;
}
