import { join } from "node:path";
import { createDatabase, type DatabaseHandle } from "@orbis/db";
import { schema, type AgreementsSchema } from "./schema";

export const SCHEMA_NAME = "agreements";
export const MIGRATIONS_FOLDER = join(import.meta.dirname, "..", "..", "drizzle");

export type AgreementsDatabase = DatabaseHandle<AgreementsSchema>;

/** The agreements database: PostgreSQL when a URL is given, else the PGlite folder. Not migrated yet. */
export function openAgreementsDatabase(options: { url?: string | undefined; dataDir?: string | undefined }): Promise<AgreementsDatabase> {
  return createDatabase({ schemaName: SCHEMA_NAME, migrationsFolder: MIGRATIONS_FOLDER, schema, url: options.url, dataDir: options.dataDir });
}
