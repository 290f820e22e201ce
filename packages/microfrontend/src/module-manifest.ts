import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Plugin } from "vite";

/** dist/orbis-module.json: what the deploy step publishes to the registry. */
export interface OrbisModuleManifest {
  name: string;
  /** Entry file name in dist/, e.g. "spa-3f9a1c.js". */
  entry: string;
  /** CSS files the shell loads with the module and removes on unmount. */
  css: string[];
  /** Subresource integrity of the entry file. */
  integrity: string;
  /** Hex digest over every emitted file (name and content): usable as a version suffix. */
  contentHash: string;
}

export const MODULE_MANIFEST_FILE = "orbis-module.json";

/** Writes dist/orbis-module.json once the bundle is on disk (so hashes cover the final, minified bytes). */
export function orbisModuleManifest(name: string): Plugin {
  return {
    name: "orbis-module-manifest",
    apply: "build",
    async writeBundle(outputOptions, bundle) {
      const outDir = outputOptions.dir;
      if (!outDir) throw new Error("orbis-module-manifest: output.dir is required");
      const files = Object.keys(bundle).filter((fileName) => fileName !== MODULE_MANIFEST_FILE).sort();
      const entries = Object.values(bundle).filter((output) => output.type === "chunk" && output.isEntry);
      if (entries.length !== 1) throw new Error(`orbis-module-manifest: expected one entry chunk, got ${entries.length}`);
      const entry = entries[0]!.fileName;
      const contents = new Map(await Promise.all(files.map(async (file) => [file, await readFile(join(outDir, file))] as const)));
      const content = createHash("sha256");
      for (const [file, bytes] of contents) content.update(file).update("\0").update(bytes).update("\0");
      const manifest: OrbisModuleManifest = {
        name,
        entry,
        css: files.filter((file) => file.endsWith(".css")),
        integrity: `sha384-${createHash("sha384").update(contents.get(entry)!).digest("base64")}`,
        contentHash: content.digest("hex").slice(0, 16),
      };
      await writeFile(join(outDir, MODULE_MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}
