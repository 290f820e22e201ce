// Where things live: the repository, the data folder and the module store (same defaults as the shell server).
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(fileURLToPath(new URL("../..", import.meta.url)));

/** `ORBIS_DATA_ROOT`, else `<repo>/.data`: PGlite folders and the static store. */
export const dataRoot = (env = process.env) => (env.ORBIS_DATA_ROOT ? resolve(env.ORBIS_DATA_ROOT) : join(repoRoot, ".data"));

/** `STATIC_DIR`, else `<data root>/static`: the folder the shell server serves at /static/. */
export const staticDir = (env = process.env) => (env.STATIC_DIR ? resolve(env.STATIC_DIR) : join(dataRoot(env), "static"));
