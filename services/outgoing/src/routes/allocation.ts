import { AllocationRun, PublishAllocation } from "@orbis/contracts/outgoing";
import { createRouter, defineRoute, departmentScope, HttpProblem, jsonBody, jsonResponse, principalOf, recordAudit } from "@orbis/service-kit";
import type { Db } from "@orbis/db";
import { desc, eq, sql } from "drizzle-orm";
import { allocationRuns, audit, calls } from "../db/schema/index";
import { actorOf, READERS, STAFF } from "../domain/access";
import { allocate } from "../domain/allocation";
import { allocationInputs, toAllocationRun } from "../domain/allocation-inputs";
import { IdParams } from "../domain/api-schemas";
import { loadCall, type CallRow } from "../domain/calls";
import type { RouteContext } from "./context";

async function latestRun(db: Db, callId: string) {
  const [row] = await db.select().from(allocationRuns).where(eq(allocationRuns.callId, callId)).orderBy(desc(allocationRuns.runAt), desc(allocationRuns.id)).limit(1);
  return row;
}

function assertClosed(call: CallRow) {
  if (call.status === "published") throw new HttpProblem("conflict", "The allocation of this call is published: it cannot run again.");
  if (call.status !== "closed") throw new HttpProblem("conflict", `Close the call before running the allocation (it is ${call.status}).`);
}

/** The office runs the allocation over the merged rankings, reviews the explained results, then publishes them. */
export function allocationRoutes({ db }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "post",
      path: "/calls/{id}/allocation",
      tags: ["selection"],
      summary: "Run the allocation (serial dictatorship over the merged rankings) on a closed call; replaces the previous unpublished run",
      access: { roles: STAFF },
      request: { params: IdParams },
      responses: { 201: jsonResponse(AllocationRun, "The results, each explained, and the inputs' hash") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const row = await db.transaction(async (tx) => {
        // The call row lock orders runs and publication: a run never lands after the publication.
        const [call] = await tx.select().from(calls).where(eq(calls.id, id)).for("update");
        if (!call) throw new HttpProblem("not_found", "No such call.");
        assertClosed(call);
        const { ordered, places, inputsHash } = await allocationInputs(tx, call);
        const results = allocate(ordered, places);
        const [run] = await tx.insert(allocationRuns).values({ callId: id, inputsHash, results, runBy: actorOf(principalOf(c)) }).returning();
        await recordAudit(tx, audit, c, { action: "run", entity: "allocation", entityId: run!.id, after: { callId: id, inputsHash, allocated: results.filter((r) => r.destinationId).length, applicants: results.length } });
        return run!;
      });
      return c.json(toAllocationRun(row), 201);
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/calls/{id}/allocation",
      tags: ["selection"],
      summary: "The latest allocation run (coordinators see their departments' results)",
      access: { roles: READERS },
      request: { params: IdParams },
      responses: { 200: jsonResponse(AllocationRun, "The latest run") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await loadCall(db, id);
      const row = await latestRun(db, id);
      if (!row) throw new HttpProblem("not_found", "The allocation has not run for this call yet.");
      const run = toAllocationRun(row);
      const scope = departmentScope(principalOf(c));
      return c.json(scope === null ? run : { ...run, results: run.results.filter((r) => scope.includes(r.department)) }, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/calls/{id}/allocation/publish",
      tags: ["selection"],
      summary: "Publish the latest run: the call becomes published and the allocation cannot run again",
      access: { roles: STAFF },
      request: { params: IdParams, ...jsonBody(PublishAllocation) },
      responses: { 200: jsonResponse(AllocationRun, "The published run") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { runId } = c.req.valid("json");
      const row = await db.transaction(async (tx) => {
        const [call] = await tx.select().from(calls).where(eq(calls.id, id)).for("update");
        if (!call) throw new HttpProblem("not_found", "No such call.");
        assertClosed(call);
        const latest = await latestRun(tx, id);
        if (!latest || latest.id !== runId) {
          throw new HttpProblem("conflict", "This is not the latest allocation run of the call: review the latest run before publishing.", { errors: [{ path: "body.runId", message: "Not the latest run" }] });
        }
        const [published] = await tx.update(allocationRuns).set({ publishedAt: new Date() }).where(eq(allocationRuns.id, runId)).returning();
        await tx.update(calls).set({ status: "published", version: sql`${calls.version} + 1`, updatedAt: new Date() }).where(eq(calls.id, id));
        await recordAudit(tx, audit, c, { action: "publish", entity: "allocation", entityId: runId, before: { callStatus: call.status }, after: { callStatus: "published", inputsHash: latest.inputsHash } });
        return published!;
      });
      return c.json(toAllocationRun(row), 200);
    },
  );

  return router;
}
