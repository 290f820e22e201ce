import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** dist/manifest.json as written by build.mjs. */
export interface SharedManifest {
  /** Specifier -> "/shared/<file>". */
  imports: Record<string, string>;
  /** "/shared/<file>" -> "sha384-..." for every JavaScript file in dist/ (entries and chunks). */
  integrity: Record<string, string>;
}

/** Absolute path of the built files; the shell server serves it at /shared/. */
export const sharedDepsDistDir: string = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");

/** Reads dist/manifest.json; throws with a hint when the package has not been built. */
export function readSharedManifest(distDir: string = sharedDepsDistDir): SharedManifest {
  const manifestPath = join(distDir, "manifest.json");
  let text: string;
  try {
    text = readFileSync(manifestPath, "utf8");
  } catch (error) {
    throw new Error(`${manifestPath} is missing: run \`pnpm --filter @orbis/shared-deps build\``, { cause: error });
  }
  const parsed = JSON.parse(text) as Partial<SharedManifest>;
  if (!isStringRecord(parsed.imports) || !isStringRecord(parsed.integrity)) {
    throw new Error(`${manifestPath} is not a shared-deps manifest`);
  }
  return { imports: parsed.imports, integrity: parsed.integrity };
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return typeof value === "object" && value !== null && Object.values(value).every((v) => typeof v === "string");
}
