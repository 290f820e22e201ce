import type { Db } from "@orbis/db";
import { createRouter, defineRoute, HttpProblem, jsonBody, jsonResponse, recordAudit } from "@orbis/service-kit";
import { and, asc, count, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import { audit, departments, type DepartmentRow } from "../db/schema";
import {
  CreateDepartment,
  DepartmentPage,
  DepartmentParams,
  DepartmentQuery,
  DepartmentRecord,
  UpdateDepartment,
} from "../domain/api-schemas";
import { isUniqueViolation } from "../domain/references";
import type { RouteContext } from "./context";

function toDepartment(row: DepartmentRow): DepartmentRecord {
  return {
    code: row.code,
    nameFr: row.nameFr,
    nameEn: row.nameEn,
    active: row.active,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function duplicateCode(code: string) {
  return new HttpProblem("duplicate", `A department with the code ${code} already exists.`, {
    errors: [{ path: "body.code", message: "Already used by another department" }],
  });
}

/** The kit's updateVersioned keys records by `id`; departments are keyed by their code. */
async function updateDepartmentVersioned(tx: Db, code: string, expected: number, values: Partial<DepartmentRow>) {
  const [updated] = await tx
    .update(departments)
    .set({ ...values, version: sql`${departments.version} + 1`, updatedAt: new Date() })
    .where(and(eq(departments.code, code), eq(departments.version, expected)))
    .returning();
  if (updated) return updated;
  const [current] = await tx.select({ version: departments.version }).from(departments).where(eq(departments.code, code));
  if (!current) throw new HttpProblem("not_found", `No department with code ${code}.`);
  throw new HttpProblem(
    "stale_version",
    `You edited version ${expected} but the department is now at version ${current.version}. Reload and apply your change again.`,
  );
}

/** Departments: readable by every signed-in caller, managed by administrators. */
export function departmentRoutes({ db }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/departments",
      tags: ["departments"],
      summary: "List departments",
      access: { authenticated: true },
      request: { query: DepartmentQuery },
      responses: { 200: jsonResponse(DepartmentPage, "A page of departments") },
    }),
    async (c) => {
      const query = c.req.valid("query");
      const conditions: SQL[] = [];
      if (query.q?.trim()) {
        const pattern = `%${query.q.trim().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
        conditions.push(or(ilike(departments.code, pattern), ilike(departments.nameFr, pattern), ilike(departments.nameEn, pattern))!);
      }
      if (query.active) conditions.push(eq(departments.active, query.active === "true"));
      const where = conditions.length ? and(...conditions) : undefined;
      const [rows, [total]] = await Promise.all([
        db.select().from(departments).where(where).orderBy(asc(departments.code)).limit(query.limit).offset(query.offset),
        db.select({ n: count() }).from(departments).where(where),
      ]);
      return c.json({ items: rows.map(toDepartment), total: total?.n ?? 0 }, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/departments",
      tags: ["departments"],
      summary: "Create a department",
      access: { roles: ["admin"] },
      request: jsonBody(CreateDepartment),
      responses: { 201: jsonResponse(DepartmentRecord, "Created") },
    }),
    async (c) => {
      const input = c.req.valid("json");
      try {
        const created = await db.transaction(async (tx) => {
          const [taken] = await tx.select({ code: departments.code }).from(departments).where(eq(departments.code, input.code));
          if (taken) throw duplicateCode(input.code);
          const [row] = await tx.insert(departments).values(input).returning();
          await recordAudit(tx, audit, c, { action: "create", entity: "department", entityId: row!.code, after: toDepartment(row!) });
          return row!;
        });
        return c.json(toDepartment(created), 201);
      } catch (err) {
        if (isUniqueViolation(err)) throw duplicateCode(input.code);
        throw err;
      }
    },
  );

  router.openapi(
    defineRoute({
      method: "patch",
      path: "/departments/{code}",
      tags: ["departments"],
      summary: "Rename, deactivate or reactivate a department; needs the version read",
      access: { roles: ["admin"] },
      request: { params: DepartmentParams, ...jsonBody(UpdateDepartment) },
      responses: { 200: jsonResponse(DepartmentRecord, "Updated") },
    }),
    async (c) => {
      const { code } = c.req.valid("param");
      const { version, ...changes } = c.req.valid("json");
      const updated = await db.transaction(async (tx) => {
        const [before] = await tx.select().from(departments).where(eq(departments.code, code)).for("update");
        if (!before) throw new HttpProblem("not_found", `No department with code ${code}.`);
        const row = await updateDepartmentVersioned(tx, code, version, changes);
        await recordAudit(tx, audit, c, {
          action: "update",
          entity: "department",
          entityId: code,
          before: toDepartment(before),
          after: toDepartment(row),
        });
        return row;
      });
      return c.json(toDepartment(updated), 200);
    },
  );

  return router;
}
