import type { Db } from "@orbis/db";
import type { PgTable } from "drizzle-orm/pg-core";

/** Inserts rows whose ids may already be there (a second run adds nothing); returns how many were new. */
export async function insertNew(db: Db, table: PgTable, rows: Array<Record<string, unknown>>): Promise<number> {
  let added = 0;
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    if (!chunk.length) continue;
    const inserted = await db.insert(table).values(chunk as never).onConflictDoNothing().returning();
    added += (inserted as unknown[]).length;
  }
  return added;
}
