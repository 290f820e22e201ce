import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import type { Db } from "./types";

export const MIGRATIONS_TABLE = "__drizzle_migrations";

export function migrationConfig(schemaName: string, migrationsFolder: string) {
  return { migrationsFolder, migrationsSchema: schemaName, migrationsTable: MIGRATIONS_TABLE };
}

/** Number of migrations drizzle-kit generated into the folder (from its journal). */
export function expectedMigrations(migrationsFolder: string): number {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, "meta", "_journal.json"), "utf8")) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

export async function appliedMigrations(db: Db, schemaName: string): Promise<number> {
  const exists = await db.execute(
    sql`select to_regclass(${`"${schemaName}"."${MIGRATIONS_TABLE}"`}) is not null as present`,
  );
  if (!rowsOf<{ present: boolean }>(exists)[0]?.present) return 0;
  const result = await db.execute(
    sql`select count(*)::int as n from ${sql.identifier(schemaName)}.${sql.identifier(MIGRATIONS_TABLE)}`,
  );
  return Number(rowsOf<{ n: number }>(result)[0]?.n ?? 0);
}

/** pg returns { rows }, PGlite returns { rows } too; drizzle types differ per driver. */
export function rowsOf<T>(result: unknown): T[] {
  const r = result as { rows?: T[] } | T[];
  return Array.isArray(r) ? r : (r.rows ?? []);
}
