export { createDatabase } from "./create-database";
export { appliedMigrations, expectedMigrations, MIGRATIONS_TABLE, rowsOf } from "./migrations";
export { resolveDataDir } from "./data-dir";
export type { DatabaseHandle, DatabaseOptions, Db, DriverKind } from "./types";
