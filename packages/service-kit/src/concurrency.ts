import { and, eq, sql, type InferSelectModel } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "@orbis/db";
import { HttpProblem } from "./problem";

/** A mutable record: an id, a version bumped on every change, and an update time. */
type Versioned = PgTable & { id: PgColumn; version: PgColumn; updatedAt: PgColumn };

/**
 * Optimistic concurrency: the update applies only if the caller saw the current version.
 * A stale version is a 409 with the current version in the detail; an unknown id is a 404.
 */
export async function updateVersioned<T extends Versioned>(
  tx: Db,
  table: T,
  id: string | number,
  expectedVersion: number,
  values: Partial<InferSelectModel<T>>,
): Promise<InferSelectModel<T>> {
  const t = table as Versioned;
  const updated = await tx
    .update(t)
    .set({ ...values, version: sql`${t.version} + 1`, updatedAt: new Date() } as never)
    .where(and(eq(t.id, id), eq(t.version, expectedVersion)))
    .returning();
  if (updated[0]) return updated[0] as InferSelectModel<T>;
  const current = await tx.select({ version: t.version }).from(t).where(eq(t.id, id));
  if (!current[0]) throw new HttpProblem("not_found", `No record with id ${id}.`);
  throw new HttpProblem(
    "stale_version",
    `You edited version ${expectedVersion} but the record is now at version ${String(current[0].version)}. Reload and apply your change again.`,
  );
}

/** Loads a record for update (row lock on PostgreSQL) or answers 404. */
export async function findOr404<T extends Versioned>(tx: Db, table: T, id: string | number, what = "record") {
  const t = table as Versioned;
  const rows = await tx.select().from(t).where(eq(t.id, id)).for("update");
  if (!rows[0]) throw new HttpProblem("not_found", `No ${what} with id ${id}.`);
  return rows[0] as InferSelectModel<T>;
}
