import { createDatabase } from "@orbis/db";
import { MIGRATIONS_FOLDER, SCHEMA_NAME, type RegistryDatabase } from "./database";
import { registryTables } from "./schema";

/** The registry's database from the service settings: PostgreSQL when a URL is given, else its PGlite folder. */
export function openDatabase(cfg: { databaseUrl: string | undefined; dataDir: string }): Promise<RegistryDatabase> {
  return createDatabase({
    url: cfg.databaseUrl,
    dataDir: cfg.dataDir,
    schemaName: SCHEMA_NAME,
    migrationsFolder: MIGRATIONS_FOLDER,
    schema: registryTables,
  });
}
