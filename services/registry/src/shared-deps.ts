import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { SharedDepsManifest } from "@orbis/contracts/registry";
import { repoRoot } from "@orbis/db";
import type { Logger } from "@orbis/service-kit";

/** Where packages/shared-deps writes its manifest, unless SHARED_DEPS_MANIFEST says otherwise. */
export function defaultSharedDepsManifestPath(): string {
  return join(repoRoot(import.meta.dirname), "packages", "shared-deps", "dist", "manifest.json");
}

/**
 * The shared-libraries manifest, re-read whenever the file's mtime or size changes (a rebuild of shared-deps is
 * picked up without restarting the registry). A missing file means "no shared libraries": the import map then
 * holds the modules only, with a warning logged once per outage.
 */
export function sharedDepsSource(path: string, log: Logger) {
  let cached: { mtimeMs: number; size: number; manifest: SharedDepsManifest } | undefined;
  let lastProblem: string | undefined;

  const warnOnce = (problem: string, fields: Record<string, unknown>) => {
    if (lastProblem === problem) return;
    lastProblem = problem;
    log.warn(problem, { path, ...fields });
  };

  return async function currentManifest(): Promise<SharedDepsManifest | null> {
    let info: { mtimeMs: number; size: number };
    try {
      info = await stat(path);
    } catch (err) {
      cached = undefined;
      warnOnce("shared-deps manifest not found: the import map lists modules only", { err: (err as Error).message });
      return null;
    }
    if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size) return cached.manifest;
    try {
      const manifest = SharedDepsManifest.parse(JSON.parse(await readFile(path, "utf8")));
      cached = { mtimeMs: info.mtimeMs, size: info.size, manifest };
      lastProblem = undefined;
      log.info("shared-deps manifest loaded", { path, imports: Object.keys(manifest.imports).length });
      return manifest;
    } catch (err) {
      // Probably caught mid-write: keep serving the last good manifest and try again on the next request.
      warnOnce("shared-deps manifest unreadable", { err: (err as Error).message, keptPrevious: Boolean(cached) });
      return cached?.manifest ?? null;
    }
  };
}

export type SharedDepsSource = ReturnType<typeof sharedDepsSource>;
