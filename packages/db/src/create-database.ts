import { mkdirSync } from "node:fs";
import { PGlite, type Extensions } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { sql } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { appliedMigrations, expectedMigrations, migrationConfig } from "./migrations";
import type { DatabaseExtension, DatabaseHandle, DatabaseOptions, Db } from "./types";

const PGLITE_EXTENSIONS: Record<DatabaseExtension, Extensions[string]> = { pg_trgm };

async function createExtensions(db: Db, extensions: ReadonlyArray<DatabaseExtension>) {
  // Services sharing one PostgreSQL database may race to create the same extension: the loser's error is harmless.
  for (const name of extensions) {
    try {
      await db.execute(sql.raw(`create extension if not exists ${name}`));
    } catch (error) {
      const code = (error as { code?: string; cause?: { code?: string } }).code ?? (error as { cause?: { code?: string } }).cause?.code;
      if (code !== "23505" && code !== "42710") throw error;
    }
  }
}

/**
 * Opens the service's database: a pg pool when a URL is given, otherwise an embedded PGlite folder.
 * Same schema, same migrations, same query builder on both.
 */
export async function createDatabase<TSchema extends Record<string, unknown>>(
  options: DatabaseOptions<TSchema>,
): Promise<DatabaseHandle<TSchema>> {
  const { schemaName, migrationsFolder, schema } = options;
  const config = migrationConfig(schemaName, migrationsFolder);

  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    pool.on("error", (err) => console.error(JSON.stringify({ level: "error", msg: "pg pool error", err: err.message })));
    const db = drizzlePg(pool, { schema });
    return handle(db as unknown as Db<TSchema>, "pg", schemaName, migrationsFolder, {
      migrate: async () => {
        await createExtensions(db as unknown as Db, options.extensions ?? []);
        await migratePg(db, config);
      },
      close: () => pool.end(),
    });
  }

  const dataDir = options.dataDir ?? "memory://";
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  const extensions = Object.fromEntries((options.extensions ?? []).map((name) => [name, PGLITE_EXTENSIONS[name]]));
  const client = await PGlite.create(dataDir, { extensions });
  const db = drizzlePglite(client, { schema });
  return handle(db as unknown as Db<TSchema>, "pglite", schemaName, migrationsFolder, {
    migrate: async () => {
      await createExtensions(db as unknown as Db, options.extensions ?? []);
      await migratePglite(db, config);
    },
    close: () => client.close(),
  });
}

function handle<TSchema extends Record<string, unknown>>(
  db: Db<TSchema>,
  kind: "pg" | "pglite",
  schemaName: string,
  migrationsFolder: string,
  ops: { migrate: () => Promise<void>; close: () => Promise<void> },
): DatabaseHandle<TSchema> {
  let closed = false;
  return {
    db,
    kind,
    schemaName,
    migrate: ops.migrate,
    async status() {
      const expected = expectedMigrations(migrationsFolder);
      try {
        await db.execute(sql`select 1`);
        return { reachable: true, applied: await appliedMigrations(db, schemaName), expected };
      } catch (err) {
        return { reachable: false, applied: 0, expected, error: (err as Error).message };
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await ops.close();
    },
  };
}
