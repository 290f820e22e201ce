import { CreateDeadline, CreateMeeting, Deadline, Meeting, UpcomingDeadlineList, UpcomingDeadlineQuery, UpdateDeadline, UpdateMeeting } from "@orbis/contracts/erasmus";
import { createRouter, defineRoute, findOr404, jsonBody, jsonResponse, recordAudit, updateVersioned } from "@orbis/service-kit";
import { and, asc, eq, lte } from "drizzle-orm";
import { audit, cooperationDeadlines, cooperationMeetings, cooperationProjects } from "../db/schema/index";
import { READ, WRITE } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { loadCooperationProject, toDeadline, toMeeting } from "../domain/cooperation";
import { daysBetween, isoDay } from "../domain/dates";
import type { RouteContext } from "./context";

/** Deadlines (with the upcoming-deadline list) and monitoring committee meetings of cooperation projects. */
export function cooperationFollowUpRoutes({ db, now }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/cooperation-deadlines/upcoming",
      tags: ["cooperation projects"],
      summary: "Open deadlines due within the coming days (overdue ones first)",
      access: READ,
      request: { query: UpcomingDeadlineQuery },
      responses: { 200: jsonResponse(UpcomingDeadlineList, "Open deadlines, soonest first") },
    }),
    async (c) => {
      const { withinDays } = c.req.valid("query");
      const today = isoDay(now());
      const limit = isoDay(new Date(now().getTime() + withinDays * 86_400_000));
      const rows = await db
        .select({ deadline: cooperationDeadlines, acronym: cooperationProjects.acronym, title: cooperationProjects.title })
        .from(cooperationDeadlines)
        .innerJoin(cooperationProjects, eq(cooperationProjects.id, cooperationDeadlines.projectId))
        .where(and(eq(cooperationDeadlines.done, false), lte(cooperationDeadlines.dueOn, limit)))
        .orderBy(asc(cooperationDeadlines.dueOn))
        .limit(200);
      const items = rows.map((r) => ({ ...toDeadline(r.deadline), projectAcronym: r.acronym, projectTitle: r.title, daysLeft: daysBetween(today, r.deadline.dueOn) }));
      return c.json({ items }, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/cooperation-projects/{id}/deadlines",
      tags: ["cooperation projects"],
      summary: "Add a deadline to a cooperation project",
      access: WRITE,
      request: { params: IdParams, ...jsonBody(CreateDeadline) },
      responses: { 201: jsonResponse(Deadline, "The deadline") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const input = c.req.valid("json");
      const row = await db.transaction(async (tx) => {
        await loadCooperationProject(tx, id);
        const [created] = await tx.insert(cooperationDeadlines).values({ ...input, projectId: id }).returning();
        await recordAudit(tx, audit, c, { action: "create", entity: "cooperation-deadline", entityId: created!.id, after: toDeadline(created!) });
        return created!;
      });
      return c.json(toDeadline(row), 201);
    },
  );

  router.openapi(
    defineRoute({
      method: "patch",
      path: "/cooperation-deadlines/{id}",
      tags: ["cooperation projects"],
      summary: "Mark a deadline met (or open again); version required",
      access: WRITE,
      request: { params: IdParams, ...jsonBody(UpdateDeadline) },
      responses: { 200: jsonResponse(Deadline, "The deadline") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, done } = c.req.valid("json");
      const row = await db.transaction(async (tx) => {
        const before = await findOr404(tx, cooperationDeadlines, id, "deadline");
        const after = await updateVersioned(tx, cooperationDeadlines, id, version, { done });
        await recordAudit(tx, audit, c, { action: "update", entity: "cooperation-deadline", entityId: id, before: toDeadline(before), after: toDeadline(after) });
        return after;
      });
      return c.json(toDeadline(row), 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/cooperation-projects/{id}/meetings",
      tags: ["cooperation projects"],
      summary: "Record a monitoring committee meeting",
      access: WRITE,
      request: { params: IdParams, ...jsonBody(CreateMeeting) },
      responses: { 201: jsonResponse(Meeting, "The meeting") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const input = c.req.valid("json");
      const row = await db.transaction(async (tx) => {
        await loadCooperationProject(tx, id);
        const [created] = await tx.insert(cooperationMeetings).values({ ...input, projectId: id }).returning();
        await recordAudit(tx, audit, c, { action: "create", entity: "cooperation-meeting", entityId: created!.id, after: toMeeting(created!) });
        return created!;
      });
      return c.json(toMeeting(row), 201);
    },
  );

  router.openapi(
    defineRoute({
      method: "patch",
      path: "/cooperation-meetings/{id}",
      tags: ["cooperation projects"],
      summary: "Edit a meeting or write its minutes; version required",
      access: WRITE,
      request: { params: IdParams, ...jsonBody(UpdateMeeting) },
      responses: { 200: jsonResponse(Meeting, "The meeting") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, ...changes } = c.req.valid("json");
      const row = await db.transaction(async (tx) => {
        const before = await findOr404(tx, cooperationMeetings, id, "meeting");
        const after = await updateVersioned(tx, cooperationMeetings, id, version, changes);
        await recordAudit(tx, audit, c, { action: "update", entity: "cooperation-meeting", entityId: id, before: toMeeting(before), after: toMeeting(after) });
        return after;
      });
      return c.json(toMeeting(row), 200);
    },
  );

  return router;
}
