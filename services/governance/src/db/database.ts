import { join } from "node:path";
import { createDatabase, type DatabaseHandle } from "@orbis/db";
import { schema, type GovernanceSchema } from "./schema/index";

export const SCHEMA_NAME = "governance";
export const MIGRATIONS_FOLDER = join(import.meta.dirname, "..", "..", "drizzle");


/** How the governance database is opened (tests and benchmarks open theirs with the same options). */
export const GOVERNANCE_DATABASE = { schemaName: SCHEMA_NAME, migrationsFolder: MIGRATIONS_FOLDER, schema };

export type GovernanceDatabase = DatabaseHandle<GovernanceSchema>;

/** The governance database: PostgreSQL when a URL is given, else the PGlite folder. Not migrated yet. */
export function openGovernanceDatabase(options: { url?: string | undefined; dataDir?: string | undefined }): Promise<GovernanceDatabase> {
  return createDatabase({ ...GOVERNANCE_DATABASE, url: options.url, dataDir: options.dataDir });
}
