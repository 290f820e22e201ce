import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, mergeConfig } from "vite";
import { defineModuleConfig, type ModuleFramework } from "../src/vite";
import type { OrbisModuleManifest } from "../src/module-manifest";

export interface BuiltFixture {
  outDir: string;
  files: string[];
  manifest: OrbisModuleManifest;
}

/** Builds test/fixtures/<framework>-module with defineModuleConfig into outDir. */
export async function buildFixture(framework: ModuleFramework, outDir: string): Promise<BuiltFixture> {
  const dir = fileURLToPath(new URL(`./fixtures/${framework}-module`, import.meta.url));
  const config = mergeConfig(defineModuleConfig({ name: `fixture-${framework}`, framework, dir }), {
    build: { outDir },
    logLevel: "warn",
  });
  // vitest runs with NODE_ENV=test; a module build is a production build (the config refuses anything else).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({ ...config, configFile: false });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const manifest = JSON.parse(await readFile(join(outDir, "orbis-module.json"), "utf8")) as OrbisModuleManifest;
  return { outDir, files: (await readdir(outDir)).sort(), manifest };
}
