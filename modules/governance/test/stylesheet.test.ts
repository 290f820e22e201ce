// @vitest-environment node
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const src = join(import.meta.dirname, "..", "src");
const stylesheets = readdirSync(src, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".css"));
// The parser the build runs on these stylesheets (vite's own postcss).
const fromVite = createRequire(createRequire(import.meta.url).resolve("vite"));
const postcss = fromVite("postcss") as { parse: (css: string, options: { from: string }) => { nodes: unknown[] } };

// One stylesheet per area, all under the gov- prefix, so that the module's CSS never leaks into the shell's.
describe("the module's stylesheets", () => {
  it.each(stylesheets)("%s parses as the build parses it, with gov- classes only", (file) => {
    const path = join(src, file);
    const css = readFileSync(path, "utf8");
    expect(() => postcss.parse(css, { from: path })).not.toThrow();
    const classes = [...css.replace(/\/\*[\s\S]*?\*\//g, "").matchAll(/\.([a-zA-Z][\w-]*)/g)].map((m) => m[1]);
    expect(classes.filter((c) => !c!.startsWith("gov-"))).toEqual([]);
  });
});
