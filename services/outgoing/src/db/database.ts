import { join } from "node:path";
import { createDatabase, type DatabaseHandle } from "@orbis/db";
import { schema, type OutgoingSchema } from "./schema/index";

export const SCHEMA_NAME = "outgoing";
export const MIGRATIONS_FOLDER = join(import.meta.dirname, "..", "..", "drizzle");

/** Trigram indexes make the search boxes fast on 100,000 mobilities. */
export const EXTENSIONS = ["pg_trgm"] as const;

/** How the outgoing database is opened (tests and benchmarks open theirs with the same options). */
export const OUTGOING_DATABASE = { schemaName: SCHEMA_NAME, migrationsFolder: MIGRATIONS_FOLDER, schema, extensions: EXTENSIONS };

export type OutgoingDatabase = DatabaseHandle<OutgoingSchema>;

/** The outgoing database: PostgreSQL when a URL is given, else the PGlite folder. Not migrated yet. */
export function openOutgoingDatabase(options: { url?: string | undefined; dataDir?: string | undefined }): Promise<OutgoingDatabase> {
  return createDatabase({ ...OUTGOING_DATABASE, url: options.url, dataDir: options.dataDir });
}
