import {
  CooperationProject,
  CooperationProjectDetails,
  CooperationProjectPage,
  CooperationQuery,
  CooperationStageChange,
  CreateCooperationProject,
  UpdateCooperationProject,
} from "@orbis/contracts/erasmus";
import { createRouter, defineRoute, jsonBody, jsonResponse, recordAudit, updateVersioned } from "@orbis/service-kit";
import { and, asc, count, desc, eq, ilike, or, type SQL } from "drizzle-orm";
import { audit, cooperationDeadlines, cooperationMeetings, cooperationProjects } from "../db/schema/index";
import { READ, WRITE } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { assertStageChange, loadCooperationProject, mergedCooperation, toCooperationProject, toDeadline, toMeeting } from "../domain/cooperation";
import { isoDay } from "../domain/dates";
import type { RouteContext } from "./context";

/** KA2 cooperation projects: the pipeline from idea to closure. */
export function cooperationRoutes({ db, now }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/cooperation-projects",
      tags: ["cooperation projects"],
      summary: "Cooperation projects, latest call year first",
      access: READ,
      request: { query: CooperationQuery },
      responses: { 200: jsonResponse(CooperationProjectPage, "A page of cooperation projects") },
    }),
    async (c) => {
      const query = c.req.valid("query");
      const where: SQL[] = [];
      if (query.stage) where.push(eq(cooperationProjects.stage, query.stage));
      if (query.action) where.push(eq(cooperationProjects.action, query.action));
      if (query.callYear !== undefined) where.push(eq(cooperationProjects.callYear, query.callYear));
      if (query.q) where.push(or(ilike(cooperationProjects.title, `%${query.q}%`), ilike(cooperationProjects.acronym, `%${query.q}%`))!);
      const filter = where.length ? and(...where) : undefined;
      const [rows, [total]] = await Promise.all([
        db.select().from(cooperationProjects).where(filter).orderBy(desc(cooperationProjects.callYear), cooperationProjects.acronym, cooperationProjects.id).limit(query.limit).offset(query.offset),
        db.select({ n: count() }).from(cooperationProjects).where(filter),
      ]);
      return c.json({ items: rows.map(toCooperationProject), total: total?.n ?? 0 }, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/cooperation-projects",
      tags: ["cooperation projects"],
      summary: "Record a cooperation project idea",
      access: WRITE,
      request: jsonBody(CreateCooperationProject),
      responses: { 201: jsonResponse(CooperationProject, "The project recorded, at stage idea") },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const row = await db.transaction(async (tx) => {
        const [created] = await tx.insert(cooperationProjects).values({ ...input, stage: "idea", stageChangedOn: isoDay(now()) }).returning();
        await recordAudit(tx, audit, c, { action: "create", entity: "cooperation-project", entityId: created!.id, after: toCooperationProject(created!) });
        return created!;
      });
      return c.json(toCooperationProject(row), 201);
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/cooperation-projects/{id}",
      tags: ["cooperation projects"],
      summary: "One cooperation project with its deadlines and committee meetings",
      access: READ,
      request: { params: IdParams },
      responses: { 200: jsonResponse(CooperationProjectDetails, "The project") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const row = await loadCooperationProject(db, id);
      const [deadlines, meetings] = await Promise.all([
        db.select().from(cooperationDeadlines).where(eq(cooperationDeadlines.projectId, id)).orderBy(asc(cooperationDeadlines.dueOn)),
        db.select().from(cooperationMeetings).where(eq(cooperationMeetings.projectId, id)).orderBy(desc(cooperationMeetings.heldOn)),
      ]);
      return c.json({ ...toCooperationProject(row), deadlines: deadlines.map(toDeadline), meetings: meetings.map(toMeeting) }, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "patch",
      path: "/cooperation-projects/{id}",
      tags: ["cooperation projects"],
      summary: "Edit a cooperation project; version required",
      access: WRITE,
      request: { params: IdParams, ...jsonBody(UpdateCooperationProject) },
      responses: { 200: jsonResponse(CooperationProject, "The project after the change") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, ...changes } = c.req.valid("json");
      const row = await db.transaction(async (tx) => {
        const before = await loadCooperationProject(tx, id);
        const after = await updateVersioned(tx, cooperationProjects, id, version, mergedCooperation(before, changes));
        await recordAudit(tx, audit, c, { action: "update", entity: "cooperation-project", entityId: id, before: toCooperationProject(before), after: toCooperationProject(after) });
        return after;
      });
      return c.json(toCooperationProject(row), 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/cooperation-projects/{id}/stage",
      tags: ["cooperation projects"],
      summary: "Move the project along the pipeline (an acceptance records the amount granted); version required",
      access: WRITE,
      request: { params: IdParams, ...jsonBody(CooperationStageChange) },
      responses: { 200: jsonResponse(CooperationProject, "The project at its new stage") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, stage, on, grantedCents } = c.req.valid("json");
      const row = await db.transaction(async (tx) => {
        const before = await loadCooperationProject(tx, id);
        assertStageChange(before.stage as CooperationProject["stage"], stage);
        const after = await updateVersioned(tx, cooperationProjects, id, version, { stage, stageChangedOn: on, ...(grantedCents !== undefined ? { grantedCents } : {}) });
        await recordAudit(tx, audit, c, { action: "stage", entity: "cooperation-project", entityId: id, before: { stage: before.stage }, after: { stage, on, grantedCents } });
        return after;
      });
      return c.json(toCooperationProject(row), 200);
    },
  );

  return router;
}
