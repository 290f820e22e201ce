import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";

/** A drizzle database on either driver. Both pg and PGlite implement the same query builder and transactions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Db<TSchema extends Record<string, unknown> = Record<string, any>> = PgDatabase<PgQueryResultHKT, TSchema>;

export type DriverKind = "pg" | "pglite";

export interface DatabaseHandle<TSchema extends Record<string, unknown> = Record<string, unknown>> {
  db: Db<TSchema>;
  kind: DriverKind;
  /** Postgres schema owned by the service (its tables and its migrations table live there). */
  schemaName: string;
  /** Apply pending migrations from the service's drizzle folder. Idempotent. */
  migrate(): Promise<void>;
  /** Database reachable and every migration of the folder applied. */
  status(): Promise<{ reachable: boolean; applied: number; expected: number; error?: string }>;
  close(): Promise<void>;
}

export interface DatabaseOptions<TSchema extends Record<string, unknown>> {
  schemaName: string;
  /** Folder with drizzle-kit's generated SQL and meta/_journal.json. */
  migrationsFolder: string;
  schema: TSchema;
  /** postgres:// URL: uses a pg pool. Absent: embedded PGlite in dataDir. */
  url?: string | undefined;
  /** PGlite data folder; "memory://" for an in-memory database. */
  dataDir?: string | undefined;
  poolSize?: number;
  /**
   * PostgreSQL extensions the schema needs (created, if absent, before the migrations run; PGlite loads their
   * WASM build). Only trusted extensions, which a database owner may create without superuser rights.
   */
  extensions?: ReadonlyArray<DatabaseExtension>;
}

export type DatabaseExtension = "pg_trgm";
