import { mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Logger } from "@orbis/service-kit";
import { defaultSharedDepsManifestPath, sharedDepsSource } from "../src/shared-deps";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "orbis-shared-deps-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function recordingLogger() {
  const lines: Array<{ level: string; msg: string }> = [];
  const logger: Logger = {
    debug: (msg) => lines.push({ level: "debug", msg }),
    info: (msg) => lines.push({ level: "info", msg }),
    warn: (msg) => lines.push({ level: "warn", msg }),
    error: (msg) => lines.push({ level: "error", msg }),
    child: () => logger,
  };
  return { logger, warnings: () => lines.filter((l) => l.level === "warn") };
}

describe("shared-deps manifest source", () => {
  it("defaults to packages/shared-deps/dist/manifest.json in the repository", () => {
    expect(defaultSharedDepsManifestPath()).toMatch(/packages\/shared-deps\/dist\/manifest\.json$/);
  });

  it("warns once while the file is missing, then loads it when it appears and follows its changes", async () => {
    const path = join(dir, "manifest.json");
    const { logger, warnings } = recordingLogger();
    const current = sharedDepsSource(path, logger);
    expect(await current()).toBeNull();
    expect(await current()).toBeNull();
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]!.msg).toContain("not found");

    await writeFile(path, JSON.stringify({ imports: { vue: "/shared/vue-1.js" } }));
    expect(await current()).toEqual({ imports: { vue: "/shared/vue-1.js" }, integrity: {} });

    await writeFile(path, JSON.stringify({ imports: { vue: "/shared/vue-2.js" }, integrity: { "/shared/vue-2.js": "sha384-x" } }));
    const later = new Date(Date.now() + 5_000);
    await utimes(path, later, later);
    expect(await current()).toEqual({ imports: { vue: "/shared/vue-2.js" }, integrity: { "/shared/vue-2.js": "sha384-x" } });

    await rm(path);
    expect(await current()).toBeNull();
    expect(warnings()).toHaveLength(2);
  });

  it("treats a manifest of the wrong shape as unreadable", async () => {
    const path = join(dir, "wrong.json");
    await writeFile(path, JSON.stringify({ imports: ["react"] }));
    const { logger, warnings } = recordingLogger();
    expect(await sharedDepsSource(path, logger)()).toBeNull();
    expect(warnings()[0]!.msg).toContain("unreadable");
  });
});
