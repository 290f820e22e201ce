import { IncomingStudent, IncomingStudentPage, IncomingStudentQuery } from "@orbis/contracts/incoming";
import { createRouter, defineRoute, jsonResponse, principalOf } from "@orbis/service-kit";
import { asc, count, desc } from "drizzle-orm";
import { students } from "../db/schema/index";
import { READERS } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { loadStudent, studentWhere, toStudent } from "../domain/students";
import type { RouteContext } from "./context";

/** Incoming students: the list (coordinators see the students their departments host) and one student's stay. */
export function studentRoutes({ db }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/students",
      tags: ["students"],
      summary: "Search incoming students by year, status, kind, host department, home country, partner or name",
      access: { roles: READERS },
      request: { query: IncomingStudentQuery },
      responses: { 200: jsonResponse(IncomingStudentPage, "A page of incoming students, latest year first") },
    }),
    async (c) => {
      const query = c.req.valid("query");
      const where = studentWhere(query, principalOf(c));
      const [rows, [total]] = await Promise.all([
        db
          .select()
          .from(students)
          .where(where)
          .orderBy(desc(students.academicYear), asc(students.lastName), asc(students.firstName), asc(students.id))
          .limit(query.limit)
          .offset(query.offset),
        db.select({ n: count() }).from(students).where(where),
      ]);
      return c.json({ items: rows.map(toStudent), total: total?.n ?? 0 }, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/students/{id}",
      tags: ["students"],
      summary: "One incoming student's stay",
      access: { roles: READERS },
      request: { params: IdParams },
      responses: { 200: jsonResponse(IncomingStudent, "The student's stay") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      return c.json(toStudent(await loadStudent(db, id, principalOf(c))), 200);
    },
  );

  return router;
}
