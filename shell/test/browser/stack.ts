import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sharedDepsDistDir } from "@orbis/shared-deps";
import { uiCssFiles } from "@orbis/ui";
import { build } from "vite";
import { createShellApp } from "../../server/app";
import { createLogger } from "../../server/logger";
import { listen } from "../server/http-helpers";
import { writeStore } from "./fake-modules";
import { fakePlatform } from "./fake-platform";

const shellDir = fileURLToPath(new URL("../..", import.meta.url));

/** The real shell (built from source into a temp folder) and shell server, in front of a fake identity + registry. */
export async function startStack() {
  const root = mkdtempSync(join(tmpdir(), "orbis-shell-browser-"));
  const distDir = join(root, "dist");
  const store = join(root, "store");
  await build({ configFile: join(shellDir, "vite.config.ts"), logLevel: "warn", build: { outDir: distDir, emptyOutDir: true } });
  writeStore(store);

  const platform = fakePlatform();
  const platformServer = await listen(platform.app.fetch);
  const app = createShellApp(
    {
      serviceUrls: { identity: platformServer.url, registry: platformServer.url },
      shellDistDir: distDir,
      sharedDir: sharedDepsDistDir,
      uiCssFiles,
      staticDir: store,
      importMapTtlMs: 0,
      devOrigins: [],
    },
    { log: createLogger("silent") },
  );
  const shell = await listen(app.fetch as never);
  return {
    url: shell.url,
    store,
    platform,
    async close() {
      await shell.close();
      await platformServer.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
export type Stack = Awaited<ReturnType<typeof startStack>>;
