import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OrbisModuleManifest } from "../src/module-manifest";

const run = promisify(execFile);
const viteBin = join(dirname(createRequire(import.meta.url).resolve("vite/package.json")), "bin", "vite.js");
const fixtureDir = join(import.meta.dirname, "fixtures", "react-module");

describe("`vite build --configLoader runner` with a module's vite.config.ts", () => {
  let outDir: string;
  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), "orbis-mf-cli-"));
  });
  afterAll(() => rm(outDir, { recursive: true, force: true }));

  // The default config loader hands workspace packages (TypeScript sources) to Node, which cannot load .ts on Node 20;
  // the runner loader transforms them. Modules' scripts therefore use --configLoader runner.
  it("builds the module from the command line", async () => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.NODE_ENV; // as when a developer or CI runs the build script
    delete env.VITEST;
    await run(process.execPath, [viteBin, "build", "--configLoader", "runner", "--outDir", outDir, "--logLevel", "warn"], { cwd: fixtureDir, env });
    const manifest = JSON.parse(await readFile(join(outDir, "orbis-module.json"), "utf8")) as OrbisModuleManifest;
    expect(manifest.name).toBe("fixture-react");
    expect(manifest.entry).toMatch(/^spa-[\w-]+\.js$/);
  });
});
