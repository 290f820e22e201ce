// @vitest-environment node
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const path = join(import.meta.dirname, "..", "src", "governance.css");
// The parser the build runs on this stylesheet (vite's own postcss).
const fromVite = createRequire(createRequire(import.meta.url).resolve("vite"));
const postcss = fromVite("postcss") as { parse: (css: string, options: { from: string }) => { nodes: unknown[] } };

// Each area has its own stylesheet; a merge that drops a closing brace breaks the build.
describe("the module's stylesheet", () => {
  it("parses as the build parses it", () => {
    expect(() => postcss.parse(readFileSync(path, "utf8"), { from: path })).not.toThrow();
  });
});
