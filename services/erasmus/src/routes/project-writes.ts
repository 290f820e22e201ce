import { Amendment, CreateAmendment, CreateProject, Project, UpdateProject, type Budget } from "@orbis/contracts/erasmus";
import { Id } from "@orbis/contracts/common";
import { isUniqueViolation } from "@orbis/db";
import { createRouter, defineRoute, findOr404, HttpProblem, jsonBody, jsonResponse, updateVersioned } from "@orbis/service-kit";
import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { projectAmendments, projects } from "../db/schema/index";
import { READ, WRITE } from "../domain/access";
import { actorOf, audited } from "../domain/audit";
import { budgetColumns, budgetOf, toProject } from "../domain/projects";
import { fieldProblem } from "../domain/problems";
import type { RouteContext } from "./context";

const params = z.object({ id: Id });

function checkProject(body: { action?: string; startDate?: string; endDate?: string; partnerCountries?: string[] }) {
  if (body.startDate && body.endDate && body.endDate < body.startDate) throw fieldProblem("endDate", "The project ends before it starts.");
  if (body.action === "KA131" && body.partnerCountries?.length) throw fieldProblem("partnerCountries", "Partner countries belong to KA171 projects only.");
}

/** Creating and editing projects, and amendments to their grant agreement (with history). */
export function projectWriteRoutes({ db }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/projects/{id}",
      tags: ["projects"],
      summary: "One project",
      access: READ,
      request: { params },
      responses: { 200: jsonResponse(Project, "The project") },
    }),
    async (c) => {
      const [row] = await db.select().from(projects).where(eq(projects.id, c.req.valid("param").id));
      if (!row) throw new HttpProblem("not_found", "No such project.");
      return c.json(toProject(row), 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/projects",
      tags: ["projects"],
      summary: "Create a KA131 or KA171 project",
      access: WRITE,
      request: jsonBody(CreateProject),
      responses: { 201: jsonResponse(Project, "Created") },
    }),
    async (c) => {
      const body = c.req.valid("json");
      checkProject(body);
      if (!body.grantAgreementNumber.includes(`-${body.action}-`)) throw fieldProblem("grantAgreementNumber", `The number of a ${body.action} project contains ${body.action}.`);
      try {
        const row = await db.transaction(async (tx) => {
          const [created] = await tx
            .insert(projects)
            .values({ ...body, ...budgetColumns(body.budget), partnerCountries: body.partnerCountries })
            .returning();
          await audited(tx, c, { action: "create", entity: "project", entityId: created!.id, after: created });
          return created!;
        });
        return c.json(toProject(row), 201);
      } catch (error) {
        if (isUniqueViolation(error)) throw new HttpProblem("conflict", `A project with the number ${body.grantAgreementNumber} exists already.`, { errors: [{ path: "body.grantAgreementNumber", message: "Already used" }] });
        throw error;
      }
    },
  );

  router.openapi(
    defineRoute({
      method: "patch",
      path: "/projects/{id}",
      tags: ["projects"],
      summary: "Edit a project's title, status or partner countries (period and budget change by amendment)",
      access: WRITE,
      request: { params, ...jsonBody(UpdateProject) },
      responses: { 200: jsonResponse(Project, "Updated") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, ...changes } = c.req.valid("json");
      const row = await db.transaction(async (tx) => {
        const before = await findOr404(tx, projects, id, "project");
        checkProject({ action: before.action, partnerCountries: changes.partnerCountries });
        const after = await updateVersioned(tx, projects, id, version, changes);
        await audited(tx, c, { action: "update", entity: "project", entityId: id, before, after });
        return after;
      });
      return c.json(toProject(row), 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/projects/{id}/amendments",
      tags: ["projects"],
      summary: "Record an amendment: new end date and/or budget, before and after kept",
      access: WRITE,
      request: { params, ...jsonBody(CreateAmendment) },
      responses: { 201: jsonResponse(Project, "The amended project") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const body = c.req.valid("json");
      if (body.endDate === undefined && (!body.budget || Object.keys(body.budget).length === 0)) throw fieldProblem("budget", "An amendment changes the end date or the budget.");
      const row = await db.transaction(async (tx) => {
        const before = await findOr404(tx, projects, id, "project");
        const endDate = body.endDate ?? before.endDate;
        if (endDate < before.startDate) throw fieldProblem("endDate", "The project would end before it starts.");
        if (body.signedOn < before.startDate) throw fieldProblem("signedOn", "An amendment is signed after the project starts.");
        const budget: Budget = { ...budgetOf(before), ...body.budget };
        const after = await updateVersioned(tx, projects, id, body.version, { endDate, ...budgetColumns(budget), amendmentCount: before.amendmentCount + 1 });
        const [amendment] = await tx
          .insert(projectAmendments)
          .values({
            projectId: id,
            number: after.amendmentCount,
            signedOn: body.signedOn,
            reason: body.reason,
            before: { endDate: before.endDate, budget: budgetOf(before) },
            after: { endDate, budget },
            recordedBy: actorOf(c),
          })
          .returning();
        await audited(tx, c, { action: "amend", entity: "project", entityId: id, before, after: { project: after, amendment } });
        return after;
      });
      return c.json(toProject(row), 201);
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/projects/{id}/amendments",
      tags: ["projects"],
      summary: "A project's amendments, oldest first",
      access: READ,
      request: { params },
      responses: { 200: jsonResponse(z.array(Amendment), "Amendments") },
    }),
    async (c) => {
      const rows = await db.select().from(projectAmendments).where(eq(projectAmendments.projectId, c.req.valid("param").id)).orderBy(asc(projectAmendments.number));
      return c.json(rows.map((r) => ({ ...r, before: r.before as Amendment["before"], after: r.after as Amendment["after"], recordedAt: r.recordedAt.toISOString() })), 200);
    },
  );

  return router;
}
