import { ProjectPage, ProjectQuery } from "@orbis/contracts/erasmus";
import { createRouter, defineRoute, jsonResponse } from "@orbis/service-kit";
import { and, count, desc, eq, ilike, or, type SQL } from "drizzle-orm";
import { projects } from "../db/schema/index";
import { READ } from "../domain/access";
import { toProject } from "../domain/projects";
import type { RouteContext } from "./context";

/** KA131 and KA171 mobility projects: list and details. */
export function projectRoutes({ db }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/projects",
      tags: ["projects"],
      summary: "Mobility projects, newest call year first",
      access: READ,
      request: { query: ProjectQuery },
      responses: { 200: jsonResponse(ProjectPage, "A page of projects") },
    }),
    async (c) => {
      const query = c.req.valid("query");
      const where: SQL[] = [];
      if (query.action) where.push(eq(projects.action, query.action));
      if (query.callYear !== undefined) where.push(eq(projects.callYear, query.callYear));
      if (query.status) where.push(eq(projects.status, query.status));
      if (query.q) where.push(or(ilike(projects.title, `%${query.q}%`), ilike(projects.grantAgreementNumber, `%${query.q}%`))!);
      const filter = where.length ? and(...where) : undefined;
      const [rows, [total]] = await Promise.all([
        db.select().from(projects).where(filter).orderBy(desc(projects.callYear), projects.action, projects.grantAgreementNumber).limit(query.limit).offset(query.offset),
        db.select({ n: count() }).from(projects).where(filter),
      ]);
      return c.json({ items: rows.map(toProject), total: total?.n ?? 0 }, 200);
    },
  );

  return router;
}
