import {
  ApproveLearningAgreement,
  LaRevision,
  LearningAgreement,
  LearningAgreementContent,
  ReceivingSignature,
  RejectLearningAgreement,
  SubmitLearningAgreement,
  UpdateLearningAgreement,
} from "@orbis/contracts/outgoing";
import { createRouter, defineRoute, HttpProblem, jsonBody, jsonResponse, principalOf, recordAudit, updateVersioned } from "@orbis/service-kit";
import type { Db } from "@orbis/db";
import type { Context } from "hono";
import { audit, laRevisions, type LaRevisionRow } from "../db/schema/index";
import { actorOf, READERS, STAFF_AND_COORDINATORS } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { isoDay } from "../domain/dates";
import { completeStepIfTodo } from "../domain/followup";
import { assertContent, assertLaStatus, assertSubmittable, contentColumns, loadRevision, revisionsOf, toRevision } from "../domain/learning-agreements";
import { loadMobility } from "../domain/mobilities";
import type { RouteContext } from "./context";

/** Learning agreements: a first version then change revisions, each drafted, submitted, then approved or rejected. */
export function learningAgreementRoutes({ db, now }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/mobilities/{id}/learning-agreement",
      tags: ["learning agreements"],
      summary: "The mobility's learning agreement: the current revision and the history",
      access: { roles: READERS },
      request: { params: IdParams },
      responses: { 200: jsonResponse(LearningAgreement, "The learning agreement") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await loadMobility(db, id, principalOf(c));
      const revisions = (await revisionsOf(db, id)).map(toRevision);
      return c.json({ mobilityId: id, current: revisions[0] ?? null, revisions }, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/mobilities/{id}/learning-agreement",
      tags: ["learning agreements"],
      summary: "Start the first version, or a change revision once the current one is approved",
      access: { roles: STAFF_AND_COORDINATORS },
      request: { params: IdParams, ...jsonBody(LearningAgreementContent) },
      responses: { 201: jsonResponse(LaRevision, "The new draft revision") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const content = c.req.valid("json");
      const created = await db.transaction(async (tx) => {
        const mobility = await loadMobility(tx, id, principalOf(c), true);
        if (mobility.status !== "planned" && mobility.status !== "in-progress") throw new HttpProblem("conflict", `The mobility is ${mobility.status}: its learning agreement no longer changes.`);
        const [current] = await revisionsOf(tx, id);
        if (current && current.status !== "approved") throw new HttpProblem("conflict", `Revision ${current.revision} is ${current.status}: edit or finish it before starting another.`);
        const kind = current ? "changes" : "first-version";
        assertContent(content, kind);
        const [row] = await tx
          .insert(laRevisions)
          .values({ mobilityId: id, revision: (current?.revision ?? 0) + 1, kind, status: "draft", ...contentColumns(content) })
          .returning();
        const revision = toRevision(row!);
        await recordAudit(tx, audit, c, { action: "create", entity: "learning_agreement", entityId: revision.id, after: revision });
        return revision;
      });
      return c.json(created, 201);
    },
  );

  /** Loads the revision locked, checks the caller's scope on its mobility, applies the change and audits it. */
  async function change(c: Context, id: string, action: string, apply: (row: LaRevisionRow, tx: Db) => Promise<LaRevisionRow>) {
    return db.transaction(async (tx) => {
      const before = await loadRevision(tx, id, true);
      await loadMobility(tx, before.mobilityId, principalOf(c as never));
      const row = await apply(before, tx);
      const after = toRevision(row);
      await recordAudit(tx, audit, c as never, { action, entity: "learning_agreement", entityId: id, before: toRevision(before), after });
      return after;
    });
  }

  router.openapi(
    defineRoute({
      method: "put",
      path: "/learning-agreements/{id}",
      tags: ["learning agreements"],
      summary: "Edit a draft or rejected revision (it becomes a draft again, the student's signature is cleared)",
      access: { roles: STAFF_AND_COORDINATORS },
      request: { params: IdParams, ...jsonBody(UpdateLearningAgreement) },
      responses: { 200: jsonResponse(LaRevision, "Updated") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, ...content } = c.req.valid("json");
      const updated = await change(c, id, "update", async (before, tx) => {
        assertLaStatus(before, ["draft", "rejected"], "edit");
        assertContent(content, before.kind as LaRevision["kind"]);
        return updateVersioned(tx, laRevisions, id, version, { ...contentColumns(content), status: "draft", studentSignature: null });
      });
      return c.json(updated, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/learning-agreements/{id}/submit",
      tags: ["learning agreements"],
      summary: "Submit for validation, signed by the student",
      access: { roles: STAFF_AND_COORDINATORS },
      request: { params: IdParams, ...jsonBody(SubmitLearningAgreement) },
      responses: { 200: jsonResponse(LaRevision, "Submitted") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, studentSignature } = c.req.valid("json");
      const at = now();
      const updated = await change(c, id, "submit", async (before, tx) => {
        assertLaStatus(before, ["draft", "rejected"], "submit");
        assertSubmittable(before);
        return updateVersioned(tx, laRevisions, id, version, { status: "submitted", submittedAt: at, studentSignature: { ...studentSignature, signedAt: at.toISOString() } });
      });
      return c.json(updated, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/learning-agreements/{id}/approve",
      tags: ["learning agreements"],
      summary: "The sending coordinator (or the team) validates and signs a submitted revision",
      access: { roles: STAFF_AND_COORDINATORS },
      request: { params: IdParams, ...jsonBody(ApproveLearningAgreement) },
      responses: { 200: jsonResponse(LaRevision, "Approved") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, signer, comment } = c.req.valid("json");
      const at = now();
      const reviewer = actorOf(principalOf(c));
      const updated = await change(c, id, "approve", async (before, tx) => {
        assertLaStatus(before, ["submitted"], "approve");
        const row = await updateVersioned(tx, laRevisions, id, version, {
          status: "approved",
          sendingSignature: { ...signer, signedAt: at.toISOString() },
          reviewComment: comment ?? null,
          reviewedBy: reviewer,
          reviewedAt: at,
        });
        // The checklist follows: the first version closes the learning agreement step, a change the changes step.
        const step = await completeStepIfTodo(tx, before.mobilityId, before.kind === "first-version" ? "learning-agreement" : "la-changes", isoDay(at));
        if (step) await recordAudit(tx, audit, c, { action: "update_step", entity: "follow_up_step", entityId: step.id, before: { status: "todo" }, after: { status: "done", doneOn: step.doneOn, by: `learning agreement ${id}` } });
        return row;
      });
      return c.json(updated, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/learning-agreements/{id}/reject",
      tags: ["learning agreements"],
      summary: "The sending coordinator (or the team) rejects a submitted revision with a comment; it can be edited and resubmitted",
      access: { roles: STAFF_AND_COORDINATORS },
      request: { params: IdParams, ...jsonBody(RejectLearningAgreement) },
      responses: { 200: jsonResponse(LaRevision, "Rejected") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, comment } = c.req.valid("json");
      const at = now();
      const reviewer = actorOf(principalOf(c));
      const updated = await change(c, id, "reject", async (before, tx) => {
        assertLaStatus(before, ["submitted"], "reject");
        return updateVersioned(tx, laRevisions, id, version, { status: "rejected", reviewComment: comment, reviewedBy: reviewer, reviewedAt: at });
      });
      return c.json(updated, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/learning-agreements/{id}/receiving-signature",
      tags: ["learning agreements"],
      summary: "Record the receiving institution's signature on an approved revision",
      access: { roles: STAFF_AND_COORDINATORS },
      request: { params: IdParams, ...jsonBody(ReceivingSignature) },
      responses: { 200: jsonResponse(LaRevision, "Signed") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, signer, signedAt } = c.req.valid("json");
      const updated = await change(c, id, "receiving_signature", async (before, tx) => {
        assertLaStatus(before, ["approved"], "record the receiving signature on");
        if (before.receivingSignature) throw new HttpProblem("conflict", "The receiving institution already signed this revision.");
        return updateVersioned(tx, laRevisions, id, version, { receivingSignature: { ...signer, signedAt } });
      });
      return c.json(updated, 200);
    },
  );

  return router;
}
