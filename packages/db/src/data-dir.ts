import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** The repository root: the nearest folder above `from` holding pnpm-workspace.yaml. */
export function repoRoot(from: string = process.cwd()): string {
  let dir = resolve(from);
  while (!existsSync(join(dir, "pnpm-workspace.yaml"))) {
    const parent = dirname(dir);
    if (parent === dir) return resolve(from);
    dir = parent;
  }
  return dir;
}

/** Root of every local data folder: ORBIS_DATA_ROOT, else `<repo>/.data` (tests point it at a temporary folder). */
export function dataRoot(env: NodeJS.ProcessEnv = process.env): string {
  return env.ORBIS_DATA_ROOT ? resolve(env.ORBIS_DATA_ROOT) : join(repoRoot(), ".data");
}

/** PGlite folder of a service: DATA_DIR, else `<data root>/<service>`. */
export function resolveDataDir(service: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env.DATA_DIR) return resolve(env.DATA_DIR);
  return join(dataRoot(env), service);
}
