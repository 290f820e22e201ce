import { join } from "node:path";
import { createDatabase, type DatabaseHandle } from "@orbis/db";
import { schema, type OutgoingSchema } from "./schema/index";

export const SCHEMA_NAME = "outgoing";
export const MIGRATIONS_FOLDER = join(import.meta.dirname, "..", "..", "drizzle");

export type OutgoingDatabase = DatabaseHandle<OutgoingSchema>;

/** The outgoing database: PostgreSQL when a URL is given, else the PGlite folder. Not migrated yet. */
export function openOutgoingDatabase(options: { url?: string | undefined; dataDir?: string | undefined }): Promise<OutgoingDatabase> {
  return createDatabase({ schemaName: SCHEMA_NAME, migrationsFolder: MIGRATIONS_FOLDER, schema, url: options.url, dataDir: options.dataDir });
}
