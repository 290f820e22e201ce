import { and, eq, type SQL } from "drizzle-orm";
import type { Db } from "@orbis/db";
import { HttpProblem } from "@orbis/service-kit";
import { modules, moduleVersions, type ModuleRow } from "../db/schema";

/** The version row a module's current_version points at (left join: null when nothing is current). */
const currentJoin = and(eq(moduleVersions.module, modules.name), eq(moduleVersions.version, modules.currentVersion));

/** Modules with their current build, in navigation order. */
export function selectModulesWithCurrent(db: Db, where: SQL | undefined) {
  return db
    .select({ module: modules, current: moduleVersions })
    .from(modules)
    .leftJoin(moduleVersions, currentJoin)
    .where(where)
    .orderBy(modules.order, modules.name);
}

export async function findModuleWithCurrent(db: Db, name: string) {
  const [row] = await selectModulesWithCurrent(db, eq(modules.name, name));
  if (!row) throw new HttpProblem("not_found", `No module named ${name}.`);
  return row;
}

/** Takes the module's row lock for the rest of the transaction: changes to one module are serialized. */
export async function lockModule(tx: Db, name: string): Promise<ModuleRow | undefined> {
  const [row] = await tx.select().from(modules).where(eq(modules.name, name)).for("update");
  return row;
}

export async function lockModuleOr404(tx: Db, name: string): Promise<ModuleRow> {
  const row = await lockModule(tx, name);
  if (!row) throw new HttpProblem("not_found", `No module named ${name}.`);
  return row;
}

export async function findVersion(tx: Db, name: string, version: string) {
  const [row] = await tx
    .select()
    .from(moduleVersions)
    .where(and(eq(moduleVersions.module, name), eq(moduleVersions.version, version)));
  return row;
}

/** Optimistic concurrency on a locked module row: the caller must have seen the current version. */
export function assertModuleVersion(row: ModuleRow, expectedVersion: number): void {
  if (row.version === expectedVersion) return;
  throw new HttpProblem(
    "stale_version",
    `You edited version ${expectedVersion} but module ${row.name} is now at version ${row.version}. Reload and apply your change again.`,
    { errors: [{ path: "body.version", message: `Current version is ${row.version}` }] },
  );
}

/** Another module already mounted at this route? -> 409, before the unique index would refuse it. */
export async function assertRouteFree(tx: Db, route: string, name: string): Promise<void> {
  const [other] = await tx.select({ name: modules.name }).from(modules).where(eq(modules.route, route));
  if (other && other.name !== name) throw routeTaken(route, other.name);
}

export function routeTaken(route: string, owner?: string) {
  return new HttpProblem("conflict", `Route ${route} is already used${owner ? ` by module ${owner}` : ""}.`, {
    errors: [{ path: "body.route", message: "Already used by another module" }],
  });
}

/** Postgres unique violation on the given constraint (pg and PGlite errors, possibly wrapped by drizzle). */
export function isUniqueViolation(err: unknown, constraint: string): boolean {
  for (let e: unknown = err; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const { code, constraint: name, message } = e as { code?: string; constraint?: string; message?: string };
    if (code === "23505") return name === constraint || (name === undefined && Boolean(message?.includes(constraint)));
  }
  return false;
}
