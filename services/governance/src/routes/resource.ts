import { z } from "zod";
import { and, count, eq, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Role, ServiceRole } from "@orbis/contracts/common";
import type { Principal } from "@orbis/contracts/identity";
import { isUniqueViolation, type Db } from "@orbis/db";
import {
  createRouter,
  defineRoute,
  HttpProblem,
  jsonBody,
  jsonResponse,
  noContent,
  recordAudit,
  updateVersioned,
} from "@orbis/service-kit";
import { audit } from "../db/schema/index";
import { IdParams, VersionQuery } from "../domain/api-schemas";

type Row = Record<string, unknown> & { id: string; version: number };
export type VersionedTable = PgTable & { id: PgColumn; version: PgColumn; updatedAt: PgColumn };
// Each resource's own zod objects; their exact shapes are checked by the route validators.
type AnyObject = z.ZodObject<z.ZodRawShape>;

export interface ResourceSpec {
  /** Singular entity name in the audit trail, e.g. "objective". */
  entity: string;
  /** Collection path, e.g. "/objectives". */
  path: string;
  tag: string;
  table: VersionedTable;
  /** What the API answers for one record. */
  dto: AnyObject;
  create: AnyObject;
  /** The editable fields, all optional, plus the version the editor saw. */
  update: AnyObject;
  /** Filters and paging (limit, offset). */
  query: AnyObject;
  filters: (query: Record<string, unknown>, principal: Principal) => SQL[];
  orderBy: Array<SQL | PgColumn>;
  readers: ReadonlyArray<Role | ServiceRole>;
  writers: ReadonlyArray<Role | ServiceRole>;
  /** Domain checks before a write (references, date order...): throw a validation problem naming the field. */
  check?: (tx: Db, values: Record<string, unknown>, before: Row | undefined) => Promise<void>;
  /** Whether a reader may see this record (department scope): 403 out_of_scope otherwise. */
  visible?: (row: Row, principal: Principal) => boolean;
  /** Unique constraint refusals, as the field at fault and its message. */
  duplicate?: { path: string; message: string };
}

/** Deletes the record if the caller saw its current version (404 unknown, 409 stale); returns what it was. */
export async function deleteVersioned(tx: Db, table: VersionedTable, id: string, version: number, entity: string): Promise<Row> {
  const [before] = await tx.select().from(table).where(eq(table.id, id));
  if (!before) throw new HttpProblem("not_found", `No ${entity} with id ${id}.`);
  if ((before as Row).version !== version) {
    throw new HttpProblem("stale_version", `You saw version ${version} but the ${entity} is now at version ${String((before as Row).version)}. Reload first.`);
  }
  await tx.delete(table).where(and(eq(table.id, id), eq(table.version, version)));
  return before as Row;
}

/** Dates to ISO strings, then the contract's shape (drops internal columns). */
export function present<T extends AnyObject>(dto: T, row: Record<string, unknown>): z.infer<T> {
  const plain = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]));
  return dto.parse(plain);
}

/** A validation problem for one field, as the route validators answer it. */
export function fieldProblem(path: string, message: string): HttpProblem {
  return new HttpProblem("validation", message, { errors: [{ path: `body.${path}`, message }] });
}

async function loadRow(db: Db, spec: ResourceSpec, id: string): Promise<Row> {
  const t = spec.table as VersionedTable;
  const [row] = await db.select().from(t).where(eq(t.id, id));
  if (!row) throw new HttpProblem("not_found", `No ${spec.entity} with id ${id}.`);
  return row as Row;
}

function assertVisible(spec: ResourceSpec, row: Row, principal: Principal) {
  if (spec.visible && !spec.visible(row, principal)) throw new HttpProblem("out_of_scope", `This ${spec.entity} is outside your department scope.`);
}

async function guardedWrite<T>(spec: ResourceSpec, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (spec.duplicate && isUniqueViolation(error)) {
      throw new HttpProblem("duplicate", spec.duplicate.message, { errors: [{ path: `body.${spec.duplicate.path}`, message: spec.duplicate.message }] });
    }
    throw error;
  }
}

/**
 * The five routes of a governance record: list (filtered, paged), create, read, edit (version required) and delete
 * (version required). Every write is one transaction with its audit row; a stale version answers 409.
 */
export function resourceRoutes(db: Db, spec: ResourceSpec) {
  const router = createRouter();
  const page = z.object({ items: z.array(spec.dto), total: z.number().int() });
  const itemPath = `${spec.path}/{id}`;
  const t = spec.table;

  router.openapi(
    defineRoute({
      method: "get",
      path: spec.path,
      tags: [spec.tag],
      summary: `List ${spec.entity} records`,
      access: { roles: spec.readers },
      request: { query: spec.query },
      responses: { 200: jsonResponse(page, `A page of ${spec.entity} records`) },
    }),
    async (c) => {
      const query = c.req.valid("query") as Record<string, unknown> & { limit: number; offset: number };
      const where = and(...spec.filters(query, c.var.principal!));
      const [rows, [total]] = await Promise.all([
        db.select().from(t).where(where).orderBy(...spec.orderBy).limit(query.limit).offset(query.offset),
        db.select({ n: count() }).from(t).where(where),
      ]);
      return c.json({ items: rows.map((r) => present(spec.dto, r)), total: total?.n ?? 0 }, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: spec.path,
      tags: [spec.tag],
      summary: `Create a ${spec.entity}`,
      access: { roles: spec.writers },
      request: jsonBody(spec.create),
      responses: { 201: jsonResponse(spec.dto, `The ${spec.entity} created`) },
    }),
    async (c) => {
      const input = c.req.valid("json") as Record<string, unknown>;
      const created = await guardedWrite(spec, () =>
        db.transaction(async (tx) => {
          await spec.check?.(tx, input, undefined);
          const [row] = await tx.insert(t).values(input as never).returning();
          const dto = present(spec.dto, row as Row);
          await recordAudit(tx, audit, c, { action: "create", entity: spec.entity, entityId: String((row as Row).id), after: dto });
          return dto;
        }),
      );
      return c.json(created, 201);
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: itemPath,
      tags: [spec.tag],
      summary: `One ${spec.entity}`,
      access: { roles: spec.readers },
      request: { params: IdParams },
      responses: { 200: jsonResponse(spec.dto, `The ${spec.entity}`) },
    }),
    async (c) => {
      const row = await loadRow(db, spec, c.req.valid("param").id);
      assertVisible(spec, row, c.var.principal!);
      return c.json(present(spec.dto, row), 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "patch",
      path: itemPath,
      tags: [spec.tag],
      summary: `Edit a ${spec.entity}; version required`,
      access: { roles: spec.writers },
      request: { params: IdParams, ...jsonBody(spec.update) },
      responses: { 200: jsonResponse(spec.dto, `The ${spec.entity} after the change`) },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, ...changes } = c.req.valid("json") as Record<string, unknown> & { version: number };
      const after = await guardedWrite(spec, () =>
        db.transaction(async (tx) => {
          const before = await loadRow(tx, spec, id);
          await spec.check?.(tx, { ...before, ...changes }, before);
          const row = await updateVersioned(tx, t, id, version, changes as never);
          const dto = present(spec.dto, row as Row);
          await recordAudit(tx, audit, c, { action: "update", entity: spec.entity, entityId: id, before: present(spec.dto, before), after: dto });
          return dto;
        }),
      );
      return c.json(after, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "delete",
      path: itemPath,
      tags: [spec.tag],
      summary: `Delete a ${spec.entity}; version required`,
      access: { roles: spec.writers },
      request: { params: IdParams, query: VersionQuery },
      responses: { 204: noContent },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version } = c.req.valid("query");
      await db.transaction(async (tx) => {
        const before = await deleteVersioned(tx, t, id, version, spec.entity);
        await recordAudit(tx, audit, c, { action: "delete", entity: spec.entity, entityId: id, before: present(spec.dto, before) });
      });
      return c.body(null, 204);
    },
  );

  return router;
}
