import { CreateStaffMobility, StaffMobility, StaffMobilityPage, StaffMobilityQuery, StaffMobilityStep, UpdateStaffMobility } from "@orbis/contracts/erasmus";
import { createRouter, defineRoute, HttpProblem, jsonBody, jsonResponse, recordAudit, updateVersioned } from "@orbis/service-kit";
import type { Db } from "@orbis/db";
import { and, count, desc, eq, ilike, or, type SQL } from "drizzle-orm";
import { audit, projects, staffMobilities } from "../db/schema/index";
import { READ, WRITE } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { applyStep, assertEditable, loadStaffMobility, mergedStaffMobility, staffMobilityColumns, toStaffMobility } from "../domain/staff-mobilities";
import type { RouteContext } from "./context";

async function assertProjectExists(db: Db, projectId: string | null | undefined) {
  if (!projectId) return;
  const [found] = await db.select({ id: projects.id }).from(projects).where(eq(projects.id, projectId));
  if (!found) throw new HttpProblem("validation", "Unknown project.", { errors: [{ path: "body.projectId", message: "No mobility project with this id." }] });
}

/** Staff mobilities for teaching and training: applications, selection, mobility agreement, report. */
export function staffMobilityRoutes({ db }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/staff-mobilities",
      tags: ["staff mobilities"],
      summary: "Staff mobilities, latest start first",
      access: READ,
      request: { query: StaffMobilityQuery },
      responses: { 200: jsonResponse(StaffMobilityPage, "A page of staff mobilities") },
    }),
    async (c) => {
      const query = c.req.valid("query");
      const where: SQL[] = [];
      if (query.academicYear !== undefined) where.push(eq(staffMobilities.academicYear, query.academicYear));
      if (query.type) where.push(eq(staffMobilities.type, query.type));
      if (query.status) where.push(eq(staffMobilities.status, query.status));
      if (query.projectId) where.push(eq(staffMobilities.projectId, query.projectId));
      if (query.q) {
        const like = `%${query.q}%`;
        where.push(or(ilike(staffMobilities.lastName, like), ilike(staffMobilities.firstName, like), ilike(staffMobilities.hostName, like), ilike(staffMobilities.hostCity, like))!);
      }
      const filter = where.length ? and(...where) : undefined;
      const [rows, [total]] = await Promise.all([
        db.select().from(staffMobilities).where(filter).orderBy(desc(staffMobilities.startDate), staffMobilities.id).limit(query.limit).offset(query.offset),
        db.select({ n: count() }).from(staffMobilities).where(filter),
      ]);
      return c.json({ items: rows.map(toStaffMobility), total: total?.n ?? 0 }, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/staff-mobilities",
      tags: ["staff mobilities"],
      summary: "Record an application for a staff mobility",
      access: WRITE,
      request: jsonBody(CreateStaffMobility),
      responses: { 201: jsonResponse(StaffMobility, "The application recorded") },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const row = await db.transaction(async (tx) => {
        await assertProjectExists(tx, input.projectId);
        const [created] = await tx.insert(staffMobilities).values(staffMobilityColumns(input)).returning();
        await recordAudit(tx, audit, c, { action: "create", entity: "staff-mobility", entityId: created!.id, after: toStaffMobility(created!) });
        return created!;
      });
      return c.json(toStaffMobility(row), 201);
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/staff-mobilities/{id}",
      tags: ["staff mobilities"],
      summary: "One staff mobility",
      access: READ,
      request: { params: IdParams },
      responses: { 200: jsonResponse(StaffMobility, "The staff mobility") },
    }),
    async (c) => c.json(toStaffMobility(await loadStaffMobility(db, c.req.valid("param").id)), 200),
  );

  router.openapi(
    defineRoute({
      method: "patch",
      path: "/staff-mobilities/{id}",
      tags: ["staff mobilities"],
      summary: "Edit an application or its dates (not once rejected, reported or cancelled); version required",
      access: WRITE,
      request: { params: IdParams, ...jsonBody(UpdateStaffMobility) },
      responses: { 200: jsonResponse(StaffMobility, "The staff mobility after the change") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, ...changes } = c.req.valid("json");
      const row = await db.transaction(async (tx) => {
        const before = await loadStaffMobility(tx, id);
        assertEditable(before);
        const merged = mergedStaffMobility(before, changes);
        if (changes.projectId !== undefined) await assertProjectExists(tx, merged.projectId);
        const after = await updateVersioned(tx, staffMobilities, id, version, staffMobilityColumns(merged));
        await recordAudit(tx, audit, c, { action: "update", entity: "staff-mobility", entityId: id, before: toStaffMobility(before), after: toStaffMobility(after) });
        return after;
      });
      return c.json(toStaffMobility(row), 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/staff-mobilities/{id}/steps",
      tags: ["staff mobilities"],
      summary: "Select, reject, sign the mobility agreement, record the report or cancel; version required",
      access: WRITE,
      request: { params: IdParams, ...jsonBody(StaffMobilityStep) },
      responses: { 200: jsonResponse(StaffMobility, "The staff mobility after the step") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const step = c.req.valid("json");
      const row = await db.transaction(async (tx) => {
        const before = await loadStaffMobility(tx, id);
        const after = await updateVersioned(tx, staffMobilities, id, step.version, applyStep(before, step));
        await recordAudit(tx, audit, c, { action: step.step, entity: "staff-mobility", entityId: id, before: { status: before.status }, after: toStaffMobility(after) });
        return after;
      });
      return c.json(toStaffMobility(row), 200);
    },
  );

  return router;
}
