import { join } from "node:path";
import type { DatabaseHandle } from "@orbis/db";
import type { registryTables } from "./schema";

/** drizzle-kit's generated migrations for the registry schema. */
export const MIGRATIONS_FOLDER = join(import.meta.dirname, "../../drizzle");
export const SCHEMA_NAME = "registry";

export type RegistryDatabase = DatabaseHandle<typeof registryTables>;
