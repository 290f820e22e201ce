import { join } from "node:path";
import { createDatabase, type DatabaseHandle } from "@orbis/db";
import { schema, type IncomingSchema } from "./schema/index";

export const SCHEMA_NAME = "incoming";
export const MIGRATIONS_FOLDER = join(import.meta.dirname, "..", "..", "drizzle");

/** Trigram indexes make the search boxes fast on 50,000 students. */
export const EXTENSIONS = ["pg_trgm"] as const;

/** How the incoming database is opened (tests and benchmarks open theirs with the same options). */
export const INCOMING_DATABASE = { schemaName: SCHEMA_NAME, migrationsFolder: MIGRATIONS_FOLDER, schema, extensions: EXTENSIONS };

export type IncomingDatabase = DatabaseHandle<IncomingSchema>;

/** The incoming database: PostgreSQL when a URL is given, else the PGlite folder. Not migrated yet. */
export function openIncomingDatabase(options: { url?: string | undefined; dataDir?: string | undefined }): Promise<IncomingDatabase> {
  return createDatabase({ ...INCOMING_DATABASE, url: options.url, dataDir: options.dataDir });
}
