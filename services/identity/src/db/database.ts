import { join } from "node:path";
import { createDatabase, type DatabaseHandle } from "@orbis/db";
import { schema, type IdentitySchema } from "./schema";

export const SCHEMA_NAME = "identity";
export const MIGRATIONS_FOLDER = join(import.meta.dirname, "..", "..", "drizzle");

export type IdentityDatabase = DatabaseHandle<IdentitySchema>;

/** Identity's database: PostgreSQL when a URL is given, else the PGlite folder. Not migrated yet. */
export function openIdentityDatabase(options: { url?: string | undefined; dataDir?: string | undefined }): Promise<IdentityDatabase> {
  return createDatabase({ schemaName: SCHEMA_NAME, migrationsFolder: MIGRATIONS_FOLDER, schema, url: options.url, dataDir: options.dataDir });
}
