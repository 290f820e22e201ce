import { and, eq, isNotNull } from "drizzle-orm";
import type { Db } from "@orbis/db";
import { moduleSpecifier, type ImportMap, type SharedDepsManifest } from "@orbis/contracts/registry";
import { modules, moduleVersions } from "../db/schema";

/** Shared libraries from the manifest, then `@orbis/<name>` -> current entry of every enabled module, with SRI hashes. */
export async function buildImportMap(db: Db, shared: SharedDepsManifest | null): Promise<Required<Pick<ImportMap, "imports" | "integrity">>> {
  const imports: Record<string, string> = { ...(shared?.imports ?? {}) };
  const integrity: Record<string, string> = { ...(shared?.integrity ?? {}) };
  const live = await db
    .select({ name: modules.name, entryUrl: moduleVersions.entryUrl, integrity: moduleVersions.integrity })
    .from(modules)
    .innerJoin(moduleVersions, and(eq(moduleVersions.module, modules.name), eq(moduleVersions.version, modules.currentVersion)))
    .where(and(eq(modules.enabled, true), isNotNull(modules.currentVersion)))
    .orderBy(modules.name);
  for (const module of live) {
    imports[moduleSpecifier(module.name)] = module.entryUrl;
    integrity[module.entryUrl] = module.integrity;
  }
  return { imports, integrity };
}
