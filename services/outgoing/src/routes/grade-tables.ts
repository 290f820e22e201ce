import { CountryScale, GradeTable, GradeTableInput, GradeTableList, GradeTableQuery, GradeTableUpdate } from "@orbis/contracts/outgoing";
import { createRouter, defineRoute, HttpProblem, jsonBody, jsonResponse, noContent, recordAudit, updateVersioned, findOr404 } from "@orbis/service-kit";
import { and, asc, eq, type SQL } from "drizzle-orm";
import { z } from "zod";
import { audit, gradeTables } from "../db/schema/index";
import { STAFF, STAFF_AND_COORDINATORS } from "../domain/access";
import { IdParams, VersionQuery } from "../domain/api-schemas";
import { COUNTRY_SCALES } from "../domain/country-scales";
import { duplicateTable, tableValues, toGradeTable } from "../domain/grade-tables";
import { assertPartnerExists } from "../domain/partners";
import { isUniqueViolation } from "../domain/unique";
import type { RouteContext } from "./context";

/** Grade distribution tables (host: partner or country; home: French ranges), edited by the outgoing team. */
export function gradeTableRoutes({ db, agreements }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/grade-scales",
      tags: ["recognition"],
      summary: "The usual grading scale of each country, used when no distribution table exists",
      access: { roles: STAFF_AND_COORDINATORS },
      responses: { 200: jsonResponse(z.array(CountryScale), "One scale per country") },
    }),
    (c) => c.json([...COUNTRY_SCALES], 200),
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/grade-tables",
      tags: ["recognition"],
      summary: "Grade distribution tables, by kind, partner or country",
      access: { roles: STAFF_AND_COORDINATORS },
      request: { query: GradeTableQuery },
      responses: { 200: jsonResponse(GradeTableList, "The tables") },
    }),
    async (c) => {
      const query = c.req.valid("query");
      const where: SQL[] = [];
      if (query.kind) where.push(eq(gradeTables.kind, query.kind));
      if (query.partnerId) where.push(eq(gradeTables.partnerId, query.partnerId));
      if (query.countryCode) where.push(eq(gradeTables.countryCode, query.countryCode));
      const rows = await db
        .select()
        .from(gradeTables)
        .where(and(...where))
        .orderBy(asc(gradeTables.kind), asc(gradeTables.label), asc(gradeTables.id));
      return c.json(rows.map(toGradeTable), 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/grade-tables",
      tags: ["recognition"],
      summary: "Create a grade distribution table (percentages of passing grades, best first, summing to 100)",
      access: { roles: STAFF },
      request: jsonBody(GradeTableInput),
      responses: { 201: jsonResponse(GradeTable, "Created") },
    }),
    async (c) => {
      const input = c.req.valid("json");
      if (input.kind === "partner" && input.partnerId) await assertPartnerExists(agreements, input.partnerId, "body.partnerId");
      try {
        const created = await db.transaction(async (tx) => {
          const [row] = await tx.insert(gradeTables).values(tableValues(input)).returning();
          const table = toGradeTable(row!);
          await recordAudit(tx, audit, c, { action: "create", entity: "grade_table", entityId: table.id, after: table });
          return table;
        });
        return c.json(created, 201);
      } catch (error) {
        if (isUniqueViolation(error)) duplicateTable();
        throw error;
      }
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/grade-tables/{id}",
      tags: ["recognition"],
      summary: "One grade distribution table",
      access: { roles: STAFF_AND_COORDINATORS },
      request: { params: IdParams },
      responses: { 200: jsonResponse(GradeTable, "The table") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const [row] = await db.select().from(gradeTables).where(eq(gradeTables.id, id));
      if (!row) throw new HttpProblem("not_found", "No such grade table.");
      return c.json(toGradeTable(row), 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "put",
      path: "/grade-tables/{id}",
      tags: ["recognition"],
      summary: "Replace a grade table; needs the version read (recognitions already recorded keep their grades)",
      access: { roles: STAFF },
      request: { params: IdParams, ...jsonBody(GradeTableUpdate) },
      responses: { 200: jsonResponse(GradeTable, "Updated") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, ...input } = c.req.valid("json");
      if (input.kind === "partner" && input.partnerId) await assertPartnerExists(agreements, input.partnerId, "body.partnerId");
      try {
        const updated = await db.transaction(async (tx) => {
          const before = toGradeTable(await findOr404(tx, gradeTables, id, "grade table"));
          const after = toGradeTable(await updateVersioned(tx, gradeTables, id, version, tableValues(input)));
          await recordAudit(tx, audit, c, { action: "update", entity: "grade_table", entityId: id, before, after });
          return after;
        });
        return c.json(updated, 200);
      } catch (error) {
        if (isUniqueViolation(error)) duplicateTable();
        throw error;
      }
    },
  );

  router.openapi(
    defineRoute({
      method: "delete",
      path: "/grade-tables/{id}",
      tags: ["recognition"],
      summary: "Delete a grade table; needs the version read",
      access: { roles: STAFF },
      request: { params: IdParams, query: VersionQuery },
      responses: { 204: noContent },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version } = c.req.valid("query");
      await db.transaction(async (tx) => {
        const before = await findOr404(tx, gradeTables, id, "grade table");
        if (before.version !== version) {
          throw new HttpProblem("stale_version", `You read version ${version} but the table is now at version ${before.version}. Reload first.`);
        }
        await tx.delete(gradeTables).where(eq(gradeTables.id, id));
        await recordAudit(tx, audit, c, { action: "delete", entity: "grade_table", entityId: id, before: toGradeTable(before) });
      });
      return c.body(null, 204);
    },
  );

  return router;
}
