import { FollowUpStep, FollowUpStepList, LateStepPage, LateStepQuery, PatchStep, StepParams } from "@orbis/contracts/outgoing";
import { createRouter, defineRoute, HttpProblem, jsonBody, jsonResponse, principalOf, recordAudit, updateVersioned } from "@orbis/service-kit";
import { and, asc, count, eq, getTableColumns, inArray, lt } from "drizzle-orm";
import type { Db } from "@orbis/db";
import { audit, followUpSteps, mobilities, stepDocuments } from "../db/schema/index";
import { actorOf, READERS, STAFF_AND_COORDINATORS } from "../domain/access";
import { IdParams, VersionQuery } from "../domain/api-schemas";
import { isoDay } from "../domain/dates";
import { toStep } from "../domain/followup";
import { loadMobility, mobilityScope } from "../domain/mobilities";
import { checkedStepDocument, contentDisposition } from "../domain/step-documents";
import type { RouteContext } from "./context";

const { content: _content, ...documentColumns } = getTableColumns(stepDocuments);

async function loadStep(db: Db, mobilityId: string, step: string, lock = false) {
  const query = db.select().from(followUpSteps).where(and(eq(followUpSteps.mobilityId, mobilityId), eq(followUpSteps.step, step)));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new HttpProblem("not_found", `This mobility has no ${step} step.`);
  const [document] = await db.select(documentColumns).from(stepDocuments).where(eq(stepDocuments.stepId, row.id));
  return { row, document };
}

/** The follow-up checklist: steps with due dates, their proof documents, and the late ones (reminders). */
export function followUpRoutes({ db, now }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/steps/late",
      tags: ["follow-up"],
      summary: "Steps past their due date and still to do, oldest first (coordinators: their departments)",
      access: { roles: READERS },
      request: { query: LateStepQuery },
      responses: { 200: jsonResponse(LateStepPage, "The reminders list") },
    }),
    async (c) => {
      const query = c.req.valid("query");
      const today = isoDay(now());
      const where = and(
        mobilityScope(principalOf(c)),
        eq(followUpSteps.status, "todo"),
        lt(followUpSteps.dueDate, today),
        // Reminders concern live mobilities only.
        inArray(mobilities.status, ["planned", "in-progress"]),
        query.step ? eq(followUpSteps.step, query.step) : undefined,
        query.department ? eq(mobilities.department, query.department) : undefined,
      );
      const [rows, [total]] = await Promise.all([
        db
          .select({ step: followUpSteps, mobility: mobilities })
          .from(followUpSteps)
          .innerJoin(mobilities, eq(mobilities.id, followUpSteps.mobilityId))
          .where(where)
          .orderBy(asc(followUpSteps.dueDate), asc(mobilities.lastName), asc(followUpSteps.id))
          .limit(query.limit)
          .offset(query.offset),
        db.select({ n: count() }).from(followUpSteps).innerJoin(mobilities, eq(mobilities.id, followUpSteps.mobilityId)).where(where),
      ]);
      const items = rows.map(({ step, mobility: m }) => ({
        ...toStep(step, null, today),
        mobility: { id: m.id, studentNumber: m.studentNumber, firstName: m.firstName, lastName: m.lastName, email: m.email, department: m.department, hostName: m.hostName, hostCountry: m.hostCountry, academicYear: m.academicYear, status: m.status as "planned" },
      }));
      return c.json({ items, total: total?.n ?? 0 }, 200);
    },
  );
  router.openapi(
    defineRoute({
      method: "get",
      path: "/mobilities/{id}/steps",
      tags: ["follow-up"],
      summary: "The mobility's follow-up checklist, in order",
      access: { roles: READERS },
      request: { params: IdParams },
      responses: { 200: jsonResponse(FollowUpStepList, "Steps") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await loadMobility(db, id, principalOf(c));
      const rows = await db
        .select({ step: followUpSteps, document: documentColumns })
        .from(followUpSteps)
        .leftJoin(stepDocuments, eq(stepDocuments.stepId, followUpSteps.id))
        .where(eq(followUpSteps.mobilityId, id))
        .orderBy(asc(followUpSteps.position));
      const today = isoDay(now());
      return c.json(
        rows.map((r) => toStep(r.step, r.document?.stepId ? r.document : null, today)),
        200,
      );
    },
  );

  router.openapi(
    defineRoute({
      method: "patch",
      path: "/mobilities/{id}/steps/{step}",
      tags: ["follow-up"],
      summary: "Mark a step done (on a date, today by default), waived or not applicable, or add a note",
      access: { roles: STAFF_AND_COORDINATORS },
      request: { params: StepParams, ...jsonBody(PatchStep) },
      responses: { 200: jsonResponse(FollowUpStep, "Updated") },
    }),
    async (c) => {
      const { id, step } = c.req.valid("param");
      const { version, ...changes } = c.req.valid("json");
      const today = isoDay(now());
      const updated = await db.transaction(async (tx) => {
        await loadMobility(tx, id, principalOf(c));
        const { row: before, document } = await loadStep(tx, id, step, true);
        const status = changes.status ?? before.status;
        if (changes.doneOn && status !== "done") {
          throw new HttpProblem("validation", "Some fields are invalid.", { errors: [{ path: "body.doneOn", message: "Only a done step has a done date" }] });
        }
        if (changes.doneOn && changes.doneOn > today) {
          throw new HttpProblem("validation", "Some fields are invalid.", { errors: [{ path: "body.doneOn", message: "A step cannot be done in the future" }] });
        }
        const doneOn = status === "done" ? (changes.doneOn ?? before.doneOn ?? today) : null;
        const row = await updateVersioned(tx, followUpSteps, before.id, version, { status, doneOn, ...(changes.note !== undefined ? { note: changes.note } : {}) });
        const after = toStep(row, document, today);
        await recordAudit(tx, audit, c, { action: "update_step", entity: "follow_up_step", entityId: before.id, before: toStep(before, document, today), after });
        return after;
      });
      return c.json(updated, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "put",
      path: "/mobilities/{id}/steps/{step}/document",
      tags: ["follow-up"],
      summary: "Attach the step's proof (multipart field `file`: PDF, JPEG or PNG, 10 MB), replacing the previous one",
      access: { roles: STAFF_AND_COORDINATORS },
      request: { params: StepParams, query: VersionQuery },
      responses: { 200: jsonResponse(FollowUpStep, "Stored"), 413: { description: "Larger than 10 MB" }, 415: { description: "Not a PDF, JPEG or PNG" } },
    }),
    async (c) => {
      const { id, step } = c.req.valid("param");
      const { version } = c.req.valid("query");
      const principal = principalOf(c);
      await loadMobility(db, id, principal);
      if (!(c.req.header("content-type") ?? "").toLowerCase().startsWith("multipart/form-data")) {
        throw new HttpProblem("unsupported_media_type", 'Send the document as multipart/form-data with the field "file".');
      }
      const file = await checkedStepDocument((await c.req.parseBody()).file);
      const today = isoDay(now());
      const updated = await db.transaction(async (tx) => {
        const { row: before } = await loadStep(tx, id, step, true);
        const values = { filename: file.filename, contentType: file.contentType, sizeBytes: file.bytes.length, sha256: file.sha256, content: file.bytes, uploadedBy: actorOf(principal), uploadedAt: new Date() };
        const row = await updateVersioned(tx, followUpSteps, before.id, version, {});
        const [document] = await tx
          .insert(stepDocuments)
          .values({ stepId: before.id, ...values })
          .onConflictDoUpdate({ target: stepDocuments.stepId, set: values })
          .returning(documentColumns);
        const after = toStep(row, document, today);
        await recordAudit(tx, audit, c, { action: "upload_step_document", entity: "follow_up_step", entityId: before.id, after: after.document });
        return after;
      });
      return c.json(updated, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/mobilities/{id}/steps/{step}/document",
      tags: ["follow-up"],
      summary: "Download the step's document",
      access: { roles: READERS },
      request: { params: StepParams },
      responses: { 200: { description: "The file", content: { "application/octet-stream": { schema: { type: "string", format: "binary" } } } } },
    }),
    async (c) => {
      const { id, step } = c.req.valid("param");
      await loadMobility(db, id, principalOf(c));
      const [row] = await db
        .select({ content: stepDocuments.content, filename: stepDocuments.filename, contentType: stepDocuments.contentType })
        .from(stepDocuments)
        .innerJoin(followUpSteps, eq(followUpSteps.id, stepDocuments.stepId))
        .where(and(eq(followUpSteps.mobilityId, id), eq(followUpSteps.step, step)));
      if (!row) throw new HttpProblem("not_found", "No document on this step.");
      return new Response(new Uint8Array(row.content), {
        status: 200,
        headers: { "content-type": row.contentType, "content-length": String(row.content.length), "content-disposition": contentDisposition(row.filename), "cache-control": "private, no-store" },
      }) as never;
    },
  );

  return router;
}
