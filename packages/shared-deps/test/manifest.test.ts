import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { IMPORT_MAP_OVERRIDES, SHARED_SPECIFIERS, isSharedSpecifier, readSharedManifest, sharedDepsDistDir } from "../src/index";

const manifest = readSharedManifest();
const fileOf = (url: string) => url.slice("/shared/".length);

describe("dist/manifest.json", () => {
  it("maps every shared specifier, plus the import-map-overrides script, to a content-hashed file under /shared/", () => {
    expect(Object.keys(manifest.imports).sort()).toEqual([...SHARED_SPECIFIERS, IMPORT_MAP_OVERRIDES].sort());
    for (const url of Object.values(manifest.imports)) {
      expect(url).toMatch(/^\/shared\/[a-z-]+-[\w-]{8,}\.js$/);
    }
  });

  it("holds the sha384 of every JavaScript file in dist, entries and chunks alike", () => {
    const files = readdirSync(sharedDepsDistDir).filter((name) => name.endsWith(".js")).sort();
    expect(Object.keys(manifest.integrity).map(fileOf).sort()).toEqual(files);
    for (const file of files) {
      const digest = createHash("sha384").update(readFileSync(join(sharedDepsDistDir, file))).digest("base64");
      expect(manifest.integrity[`/shared/${file}`]).toBe(`sha384-${digest}`);
    }
  });

  it("ships production builds with process.env resolved", () => {
    for (const specifier of SHARED_SPECIFIERS) {
      const code = readFileSync(join(sharedDepsDistDir, fileOf(manifest.imports[specifier]!)), "utf8");
      expect(code, specifier).not.toMatch(/process\.env/);
    }
  });

  it("tells shared specifiers from the rest", () => {
    expect(isSharedSpecifier("react/jsx-runtime")).toBe(true);
    expect(isSharedSpecifier("@tanstack/query-core")).toBe(false);
    expect(isSharedSpecifier(IMPORT_MAP_OVERRIDES)).toBe(false);
  });

  it("explains how to build when the manifest is missing", () => {
    expect(() => readSharedManifest(join(sharedDepsDistDir, "missing"))).toThrow(/pnpm --filter @orbis\/shared-deps build/);
  });
});
