import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defineModuleConfig } from "../src/vite";
import { buildFixture, type BuiltFixture } from "./build-fixture";

let workDir: string;
const built: Record<"react" | "vue", BuiltFixture> = {} as never;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "orbis-mf-"));
  built.react = await buildFixture("react", join(workDir, "react"));
  built.vue = await buildFixture("vue", join(workDir, "vue"));
});
afterAll(() => rm(workDir, { recursive: true, force: true }));

describe.each(["react", "vue"] as const)("a %s module built with defineModuleConfig", (framework) => {
  const read = (file: string) => readFile(join(built[framework].outDir, file), "utf8");

  it("emits spa-<hash>.js, one style-<hash>.css and orbis-module.json describing them", async () => {
    const { files, manifest } = built[framework];
    expect(files.filter((file) => file.endsWith(".js"))).toEqual([manifest.entry]);
    expect(manifest.entry).toMatch(/^spa-[\w-]{6,}\.js$/);
    expect(manifest.css).toHaveLength(1);
    expect(manifest.css[0]).toMatch(/^style-[\w-]{6,}\.css$/);
    expect(files).toContain("orbis-module.json");
    expect(manifest.name).toBe(`fixture-${framework}`);
    expect(manifest.contentHash).toMatch(/^[0-9a-f]{16}$/);
    const entryBytes = await readFile(join(built[framework].outDir, manifest.entry));
    expect(manifest.integrity).toBe(`sha384-${createHash("sha384").update(entryBytes).digest("base64")}`);
  });

  it("keeps the shared libraries external and resolves NODE_ENV", async () => {
    const code = await read(built[framework].manifest.entry);
    const imports = [...code.matchAll(/from\s*"([^"]+)"/g)].map((match) => match[1]).sort();
    expect(imports).toEqual(framework === "react" ? ["react", "react-dom", "react-dom/client", "react/jsx-runtime"] : ["vue"]);
    expect(code).not.toContain("process.env");
    expect(code).not.toContain("react.transitional.element"); // React itself is not bundled
  });

  it("scopes the module's own CSS under .orbis-<name>", async () => {
    const css = await read(built[framework].manifest.css[0]!);
    const scoped = `.orbis-fixture-${framework} .title{`;
    expect(css).toContain(scoped);
    expect(css.replaceAll(scoped, "")).not.toContain(".title");
    if (framework === "react") {
      expect(css).toMatch(/:root\s*\{/);
      expect(css).toMatch(/@keyframes fixture-pulse\s*\{\s*(from|0%)\s*\{/);
      expect(css).toMatch(/\.orbis-fixture-react\s*\{\s*margin:\s*0/);
    }
  });
});

describe("defineModuleConfig", () => {
  it("refuses to build outside production mode (it would bundle React's dev JSX runtime)", async () => {
    const { build } = await import("vite");
    const dir = join(import.meta.dirname, "fixtures", "react-module");
    const config = defineModuleConfig({ name: "dev-build", framework: "react", dir });
    await expect(build({ ...config, configFile: false, logLevel: "silent", build: { ...config.build, outDir: join(workDir, "dev2") } })).rejects.toThrow(
      /NODE_ENV=production/,
    );
  });

  it("rejects invalid names and folders without src/spa.ts(x)", () => {
    expect(() => defineModuleConfig({ name: "Bad Name", framework: "react", dir: workDir })).toThrow(/invalid module name/);
    expect(() => defineModuleConfig({ name: "empty", framework: "vue", dir: workDir })).toThrow(/no src\/spa.tsx or src\/spa.ts/);
  });

  it("uses stable names when asked (for build --watch behind import-map-overrides)", () => {
    const dir = join(import.meta.dirname, "fixtures", "react-module");
    const config = defineModuleConfig({ name: "stable", framework: "react", dir, stableNames: true });
    const lib = config.build!.lib as { fileName: () => string };
    expect(lib.fileName()).toBe("spa.js");
  });
});
