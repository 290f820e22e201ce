// @vitest-environment node
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const path = join(import.meta.dirname, "..", "src", "incoming.css");
// The parser the build runs on this stylesheet (vite's own postcss).
const fromVite = createRequire(createRequire(import.meta.url).resolve("vite"));
const postcss = fromVite("postcss") as { parse: (css: string, options: { from: string }) => { nodes: unknown[] } };

// Three areas append to this one stylesheet; a merge once dropped closing braces and the module no longer built.
describe("the module's stylesheet", () => {
  it("parses as the build parses it", () => {
    expect(() => postcss.parse(readFileSync(path, "utf8"), { from: path })).not.toThrow();
  });
  it("lets the cards of a grid shrink to their track, their tables scrolling, so no card slides under its neighbour", () => {
    const css = readFileSync(path, "utf8").replace(/\s+/g, " ");
    expect(css).toContain(".inc-grid > * { min-width: 0; }");
    expect(css).toContain(".inc-table-scroll { overflow-x: auto; }");
  });
});
