export { createDatabase } from "./create-database";
export { appliedMigrations, expectedMigrations, MIGRATIONS_TABLE, rowsOf } from "./migrations";
export { dataRoot, repoRoot, resolveDataDir } from "./data-dir";
export type { DatabaseExtension, DatabaseHandle, DatabaseOptions, Db, DriverKind } from "./types";
export { isUniqueViolation } from "./errors";
