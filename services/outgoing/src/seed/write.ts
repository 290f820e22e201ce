import { rowsOf, type Db } from "@orbis/db";
import { getTableColumns, inArray, sql } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import { audit } from "../db/schema/index";

const CHUNK = 1000;
const LOOKUP = 5000;

type SeededTable = PgTable & { id: AnyPgColumn };

/** A value as json_populate_recordset reads it into its column (bytea as hex, dates as ISO strings). */
function jsonValue(value: unknown): unknown {
  if (value instanceof Uint8Array) return `\\x${Buffer.from(value).toString("hex")}`;
  return value;
}

/**
 * Inserts rows as one JSON parameter expanded by PostgreSQL (json_populate_recordset): thousands of rows cost one
 * parameter instead of one per value, which is what makes a large seed fast on PGlite. Columns absent from every row
 * take their defaults (a column given by some rows is null in the others); rows already there are skipped. Returns the ids inserted.
 */
async function insertJson(tx: Db, table: PgTable, rows: ReadonlyArray<Record<string, unknown>>): Promise<string[]> {
  const columns = getTableColumns(table);
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((k) => columns[k]);
  const names = sql.raw(keys.map((k) => `"${columns[k]!.name}"`).join(", "));
  const json = JSON.stringify(rows.map((r) => Object.fromEntries(keys.map((k) => [columns[k]!.name, jsonValue(r[k] ?? null)]))));
  const result = await tx.execute(sql`insert into ${table} (${names}) select ${names} from json_populate_recordset(null::${table}, ${json}::json) on conflict do nothing returning id`);
  return rowsOf<{ id: string }>(result).map((r) => String(r.id));
}

/**
 * Inserts seeded rows in chunks, skipping those already there (looked up by id first: on a restart the seed then
 * costs a few reads, not thousands of rejected inserts), and writes one "seed" audit row per row created, or per
 * group of rows when `auditAs` names the entity a group belongs to. Returns the number of rows created.
 */
export async function insertSeeded<T extends SeededTable>(
  tx: Db,
  table: T,
  entity: string,
  rows: ReadonlyArray<T["$inferInsert"] & { id: string }>,
  options: { chunk?: number; auditAs?: (row: T["$inferInsert"] & { id: string }) => string } = {},
): Promise<number> {
  const existing = new Set<string>();
  for (let i = 0; i < rows.length; i += LOOKUP) {
    const ids = rows.slice(i, i + LOOKUP).map((r) => r.id);
    const found = (await tx.select({ id: table.id }).from(table as PgTable).where(inArray(table.id, ids))) as Array<{ id: string }>;
    for (const r of found) existing.add(r.id);
  }
  const fresh = rows.filter((r) => !existing.has(r.id));
  const chunk = options.chunk ?? CHUNK;
  const created = new Set<string>();
  for (let i = 0; i < fresh.length; i += chunk) {
    for (const id of await insertJson(tx, table, fresh.slice(i, i + chunk) as ReadonlyArray<Record<string, unknown>>)) created.add(id);
  }
  const audited = [...new Set(fresh.filter((r) => created.has(r.id)).map((r) => options.auditAs?.(r) ?? r.id))];
  for (let i = 0; i < audited.length; i += CHUNK) {
    const values = audited.slice(i, i + CHUNK).map((id) => ({ actor: "system", actorKind: "system", action: "seed", entity, entityId: id }));
    await insertJson(tx, audit, values);
  }
  return created.size;
}
