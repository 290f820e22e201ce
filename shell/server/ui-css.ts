import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";

export interface UiCssAsset {
  /** e.g. tokens.css */
  name: string;
  /** e.g. tokens-1a2b3c4d.css: what index.html links, cached forever. */
  hashedName: string;
  path: string;
}

/**
 * The UI kit's stylesheets under content-hashed names, so index.html can link them with immutable caching.
 * Hashes are recomputed when a file changes on disk (the kit is consumed from source).
 */
export function createUiCss(files: readonly string[]) {
  const cache = new Map<string, { mtimeMs: number; asset: UiCssAsset }>();

  async function assetOf(path: string): Promise<UiCssAsset> {
    const { mtimeMs } = await stat(path);
    const cached = cache.get(path);
    if (cached && cached.mtimeMs === mtimeMs) return cached.asset;
    const hash = createHash("sha256").update(await readFile(path)).digest("hex").slice(0, 10);
    const name = basename(path);
    const ext = extname(name);
    const asset = { name, hashedName: `${name.slice(0, -ext.length)}-${hash}${ext}`, path };
    cache.set(path, { mtimeMs, asset });
    return asset;
  }

  return {
    /** In load order (tokens before components). */
    assets: (): Promise<UiCssAsset[]> => Promise.all(files.map(assetOf)),
    /** The file behind `/ui/<name>` (hashed or plain), and whether the name is the current hashed one. */
    async lookup(fileName: string): Promise<{ path: string; immutable: boolean } | undefined> {
      for (const asset of await Promise.all(files.map(assetOf))) {
        if (asset.hashedName === fileName) return { path: asset.path, immutable: true };
        if (asset.name === fileName) return { path: asset.path, immutable: false };
      }
      return undefined;
    },
  };
}
export type UiCss = ReturnType<typeof createUiCss>;
