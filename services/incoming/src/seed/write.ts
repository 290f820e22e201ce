import { rowsOf, type Db } from "@orbis/db";
import { getTableColumns, inArray, sql } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import { audit } from "../db/schema/index";

const CHUNK = 1000;
const LOOKUP = 5000;

type Row = Record<string, unknown>;

/** A value as json_populate_recordset reads it into its column (dates as ISO strings). */
const jsonValue = (value: unknown): unknown => value;

/**
 * How a seeded table's rows are told apart: the property names of its primary key (or unique key), the first one
 * indexed so the seed can look up what exists. Most tables have a uuid `id`; a few are keyed by the student.
 */
export interface SeedTarget<T extends PgTable> {
  table: T;
  /** The entity named by the audit rows. */
  entity: string;
  key: ReadonlyArray<keyof T["$inferInsert"] & string>;
  /** One audit row per group (a checklist, a class session's marks) instead of one per row. */
  auditAs?: (row: T["$inferInsert"]) => string;
  chunk?: number;
}

/**
 * Inserts rows as one JSON parameter expanded by PostgreSQL (json_populate_recordset): thousands of rows cost one
 * parameter instead of one per value, which is what makes a large seed fast on PGlite. Columns absent from every row
 * take their defaults; rows conflicting with any unique key are skipped. Returns the keys of the rows inserted.
 */
async function insertJson(tx: Db, table: PgTable, rows: ReadonlyArray<Row>, key: readonly string[]): Promise<string[]> {
  const columns = getTableColumns(table);
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((k) => columns[k]);
  const names = sql.raw(keys.map((k) => `"${columns[k]!.name}"`).join(", "));
  const returned = sql.raw(key.map((k) => `"${columns[k]!.name}"::text as "${k}"`).join(", "));
  const json = JSON.stringify(rows.map((r) => Object.fromEntries(keys.map((k) => [columns[k]!.name, jsonValue(r[k] ?? null)]))));
  const result = await tx.execute(sql`insert into ${table} (${names}) select ${names} from json_populate_recordset(null::${table}, ${json}::json) on conflict do nothing returning ${returned}`);
  return rowsOf<Row>(result).map((r) => key.map((k) => String(r[k])).join("|"));
}

const keyOf = (row: Row, key: readonly string[]) => key.map((k) => String(row[k])).join("|");

/**
 * Inserts seeded rows in chunks, skipping those already there (looked up by key first: on a restart the seed then
 * costs a few reads, not thousands of rejected inserts), and writes one "seed" audit row per row created, or per
 * group when `auditAs` names the entity a group belongs to. Returns the number of rows created.
 */
export async function insertSeeded<T extends PgTable>(tx: Db, target: SeedTarget<T>, rows: ReadonlyArray<T["$inferInsert"]>): Promise<number> {
  const { table, key } = target;
  const columns = getTableColumns(table);
  const lookup = columns[key[0]!]! as AnyPgColumn;
  const selected = Object.fromEntries(key.map((k) => [k, sql<string>`${columns[k]!}::text`]));
  const existing = new Set<string>();
  for (let i = 0; i < rows.length; i += LOOKUP) {
    const values = [...new Set(rows.slice(i, i + LOOKUP).map((r) => (r as Row)[key[0]!]))];
    const found = (await tx.select(selected).from(table as PgTable).where(inArray(lookup, values))) as Row[];
    for (const r of found) existing.add(keyOf(r, key));
  }
  const fresh = rows.filter((r) => !existing.has(keyOf(r as Row, key)));
  const chunk = target.chunk ?? CHUNK;
  const created = new Set<string>();
  for (let i = 0; i < fresh.length; i += chunk) {
    for (const k of await insertJson(tx, table, fresh.slice(i, i + chunk) as ReadonlyArray<Row>, key)) created.add(k);
  }
  const audited = [...new Set(fresh.filter((r) => created.has(keyOf(r as Row, key))).map((r) => target.auditAs?.(r) ?? keyOf(r as Row, key)))];
  for (let i = 0; i < audited.length; i += CHUNK) {
    const values = audited.slice(i, i + CHUNK).map((id) => ({ actor: "system", actorKind: "system", action: "seed", entity: target.entity, entityId: id }));
    await insertJson(tx, audit, values, ["id"]);
  }
  return created.size;
}
