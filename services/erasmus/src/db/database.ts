import { join } from "node:path";
import { createDatabase, type DatabaseHandle } from "@orbis/db";
import { schema, type ErasmusSchema } from "./schema/index";

export const SCHEMA_NAME = "erasmus";
export const MIGRATIONS_FOLDER = join(import.meta.dirname, "..", "..", "drizzle");

/** How the Erasmus+ database is opened (tests and benchmarks open theirs with the same options). */
export const ERASMUS_DATABASE = { schemaName: SCHEMA_NAME, migrationsFolder: MIGRATIONS_FOLDER, schema };

export type ErasmusDatabase = DatabaseHandle<ErasmusSchema>;

/** The Erasmus+ database: PostgreSQL when a URL is given, else the PGlite folder. Not migrated yet. */
export function openErasmusDatabase(options: { url?: string | undefined; dataDir?: string | undefined }): Promise<ErasmusDatabase> {
  return createDatabase({ ...ERASMUS_DATABASE, url: options.url, dataDir: options.dataDir });
}
