import { RankingExercise, RankingExerciseInput, RankingFigureParams, RankingFigureUpdate, RankingList, RankingStep } from "@orbis/contracts/governance";
import { createRouter, defineRoute, findOr404, HttpProblem, jsonBody, jsonResponse, principalOf, recordAudit, updateVersioned } from "@orbis/service-kit";
import { asc, desc, eq } from "drizzle-orm";
import { audit, rankingExercises } from "../db/schema/index";
import { STAFF_READERS, WRITERS } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { assertEditable, canCompute, computedFigure, initialFigures, missingFigures, toRankingExercise } from "../domain/rankings";
import type { RouteContext } from "./context";

/** Rankings inputs: per exercise and reference year, computed or entered figures, reviewed then locked. */
export function rankingRoutes({ db, analytics, now }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/rankings",
      tags: ["rankings"],
      summary: "Every exercise, latest reference year first",
      access: { roles: STAFF_READERS },
      responses: { 200: jsonResponse(RankingList, "The exercises") },
    }),
    async (c) => {
      const rows = await db.select().from(rankingExercises).orderBy(desc(rankingExercises.referenceYear), asc(rankingExercises.scheme));
      return c.json(rows.map(toRankingExercise), 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/rankings",
      tags: ["rankings"],
      summary: "Open an exercise; figures analytics can compute are read at once, the others wait to be entered",
      access: { roles: WRITERS },
      request: jsonBody(RankingExerciseInput),
      responses: { 201: jsonResponse(RankingExercise, "Created") },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const figures = await initialFigures(analytics, input.referenceYear);
      const created = await db.transaction(async (tx) => {
        const [row] = await tx.insert(rankingExercises).values({ ...input, figures }).onConflictDoNothing().returning();
        if (!row) {
          throw new HttpProblem("duplicate", `The ${input.scheme} ${input.referenceYear} exercise exists already.`, { errors: [{ path: "body.referenceYear", message: "Already open for this scheme" }] });
        }
        const exercise = toRankingExercise(row);
        await recordAudit(tx, audit, c, { action: "create", entity: "ranking", entityId: exercise.id, after: exercise });
        return exercise;
      });
      return c.json(created, 201);
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/rankings/{id}",
      tags: ["rankings"],
      summary: "One exercise with its figures",
      access: { roles: STAFF_READERS },
      request: { params: IdParams },
      responses: { 200: jsonResponse(RankingExercise, "The exercise") },
    }),
    async (c) => c.json(toRankingExercise(await findOr404(db, rankingExercises, c.req.valid("param").id, "exercise")), 200),
  );

  router.openapi(
    defineRoute({
      method: "put",
      path: "/rankings/{id}/figures/{key}",
      tags: ["rankings"],
      summary: "Enter a figure with its source, or switch it to computed (read from analytics now); 409 once locked. A reviewed exercise goes back to draft",
      access: { roles: WRITERS },
      request: { params: RankingFigureParams, ...jsonBody(RankingFigureUpdate) },
      responses: { 200: jsonResponse(RankingExercise, "The exercise") },
    }),
    async (c) => {
      const { id, key } = c.req.valid("param");
      const { version, mode, value, source } = c.req.valid("json");
      if (mode === "computed" && !canCompute(key)) {
        throw new HttpProblem("validation", "Some fields are invalid.", { errors: [{ path: "body.mode", message: "Orbis does not compute this figure: enter it" }] });
      }
      const [current] = await db.select({ year: rankingExercises.referenceYear }).from(rankingExercises).where(eq(rankingExercises.id, id));
      const figure = mode === "computed" && current ? await computedFigure(analytics, key, current.year) : { key, mode, value: value ?? null, source: source ?? null, computedAt: null };
      const updated = await db.transaction(async (tx) => {
        const row = await findOr404(tx, rankingExercises, id, "exercise");
        assertEditable(row);
        const figures = row.figures.map((f) => (f.key === key ? figure : f));
        const after = toRankingExercise(await updateVersioned(tx, rankingExercises, id, version, { figures, status: "draft", reviewedBy: null, reviewedAt: null }));
        await recordAudit(tx, audit, c, { action: "update-figure", entity: "ranking", entityId: id, before: row.figures.find((f) => f.key === key), after: figure });
        return after;
      });
      return c.json(updated, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/rankings/{id}/steps",
      tags: ["rankings"],
      summary: "Review (every figure filled), lock (after review; final) or reopen a reviewed exercise",
      access: { roles: WRITERS },
      request: { params: IdParams, ...jsonBody(RankingStep) },
      responses: { 200: jsonResponse(RankingExercise, "The exercise") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { action, version } = c.req.valid("json");
      const who = principalOf(c).email ?? principalOf(c).sub;
      const updated = await db.transaction(async (tx) => {
        const row = await findOr404(tx, rankingExercises, id, "exercise");
        assertEditable(row);
        const expected = { review: "draft", lock: "reviewed", reopen: "reviewed" }[action];
        if (row.status !== expected) throw new HttpProblem("conflict", `Cannot ${action} a ${row.status} exercise.`, { errors: [{ path: "body.action", message: `Not possible from ${row.status}` }] });
        const missing = missingFigures(row.figures);
        if (action === "review" && missing.length) {
          throw new HttpProblem("conflict", `Figures without a value: ${missing.join(", ")}.`, { errors: missing.map((k) => ({ path: `figures.${k}`, message: "No value yet" })) });
        }
        const values =
          action === "review" ? { status: "reviewed" as const, reviewedBy: who, reviewedAt: now() }
          : action === "lock" ? { status: "locked" as const, lockedBy: who, lockedAt: now() }
          : { status: "draft" as const, reviewedBy: null, reviewedAt: null };
        const after = toRankingExercise(await updateVersioned(tx, rankingExercises, id, version, values));
        await recordAudit(tx, audit, c, { action, entity: "ranking", entityId: id, before: { status: row.status }, after: { status: after.status } });
        return after;
      });
      return c.json(updated, 200);
    },
  );

  return router;
}
