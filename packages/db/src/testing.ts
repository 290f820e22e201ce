import { randomBytes } from "node:crypto";
import pg from "pg";
import { createDatabase } from "./create-database";
import type { DatabaseHandle, DatabaseOptions } from "./types";

/**
 * An isolated, migrated database for one test file: in-memory PGlite by default, or a fresh database on the
 * PostgreSQL server of TEST_DATABASE_URL (dropped again on close).
 */
export async function createTestDatabase<TSchema extends Record<string, unknown>>(
  options: Omit<DatabaseOptions<TSchema>, "url" | "dataDir">,
): Promise<DatabaseHandle<TSchema>> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const handle = await createDatabase({ ...options, dataDir: "memory://" });
    await handle.migrate();
    return handle;
  }
  const name = `orbis_test_${options.schemaName}_${randomBytes(6).toString("hex")}`;
  await adminQuery(serverUrl, `create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await createDatabase({ ...options, url: url.toString(), poolSize: 4 });
  await handle.migrate();
  return {
    ...handle,
    async close() {
      await handle.close();
      await adminQuery(serverUrl, `drop database if exists "${name}" with (force)`);
    },
  };
}

async function adminQuery(serverUrl: string, text: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
