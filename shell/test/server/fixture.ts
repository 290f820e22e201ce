import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { ImportMap } from "@orbis/contracts/registry";
import { Hono } from "hono";
import { createShellApp, type ShellAppConfig } from "../../server/app";
import { createLogger } from "../../server/logger";
import { listen, type Listening } from "./http-helpers";

export const TEMPLATE = `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8">
    <!--orbis:head-->
    <script type="module" crossorigin src="/shell/assets/index-AbCd1234.js"></script>
  </head>
  <body><div id="orbis-root"></div></body>
</html>
`;

function write(path: string, content: string) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

/** Temporary folders shaped like the real ones: shell/dist, shared-deps/dist, the UI kit's CSS and the module store. */
export function makeFolders() {
  const root = mkdtempSync(join(tmpdir(), "orbis-shell-"));
  const dirs = {
    root,
    shellDist: join(root, "shell-dist"),
    shared: join(root, "shared"),
    ui: join(root, "ui"),
    store: join(root, "store"),
  };
  write(join(dirs.shellDist, "index.html"), TEMPLATE);
  write(join(dirs.shellDist, "assets", "index-AbCd1234.js"), "export const shell = 1;\n");
  write(join(dirs.shellDist, "favicon.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
  write(join(dirs.shared, "single-spa-DgvJrREcVG.js"), "export const start = () => {};\n");
  write(join(dirs.shared, "manifest.json"), '{"imports":{},"integrity":{}}\n');
  write(join(dirs.ui, "tokens.css"), ":root { --o-color-primary: #1d4f91; }\n");
  write(join(dirs.ui, "components.css"), ".o-btn { color: var(--o-color-primary); }\n");
  write(join(dirs.store, "admin", "1.0.0-abcdef12", "spa-Xy12ab34.js"), "export function mount() {}\n");
  write(join(dirs.store, "admin", "1.0.0-abcdef12", "style-Qw12er34.css"), ".orbis-admin { color: red; }\n");
  write(join(dirs.store, "admin", "1.0.0-abcdef12", "spa-Xy12ab34.js.map"), '{"version":3}\n');
  write(join(root, "secret.txt"), "TOP-SECRET\n");
  symlinkSync(join(root, "secret.txt"), join(dirs.store, "admin", "escape.txt"));
  return { ...dirs, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
export type Folders = ReturnType<typeof makeFolders>;

export const sampleMap = (entry = "/static/admin/1.0.0-abcdef12/spa-Xy12ab34.js"): ImportMap => ({
  imports: { "single-spa": "/shared/single-spa-DgvJrREcVG.js", "@orbis/admin": entry },
  integrity: { "/shared/single-spa-DgvJrREcVG.js": "sha384-AAAA" },
});

/** A stand-in for the registry service: serves a map that tests can change, break or count. */
export function fakeRegistry() {
  const state = { map: sampleMap() as unknown, status: 200, calls: 0, delayMs: 0 };
  const app = new Hono();
  app.get("/api/registry/importmap.json", async (c) => {
    state.calls += 1;
    if (state.delayMs) await new Promise((resolve) => setTimeout(resolve, state.delayMs));
    if (state.status !== 200) return c.json({ title: "boom" }, state.status as 500);
    return c.json(state.map as object);
  });
  return { app, state };
}

export interface RunningShell {
  url: string;
  folders: Folders;
  close(): Promise<void>;
}

/** The shell app on a real port, in front of the given services. */
export async function startShell(
  serviceUrls: Record<string, string>,
  overrides: Partial<ShellAppConfig> = {},
): Promise<RunningShell> {
  const folders = makeFolders();
  const config: ShellAppConfig = {
    serviceUrls,
    shellDistDir: folders.shellDist,
    sharedDir: folders.shared,
    uiCssFiles: [join(folders.ui, "tokens.css"), join(folders.ui, "components.css")],
    staticDir: folders.store,
    importMapTtlMs: 1_000,
    devOrigins: [],
    ...overrides,
  };
  const app = createShellApp(config, { log: createLogger("silent") });
  const server: Listening = await listen(app.fetch as never);
  return {
    url: server.url,
    folders,
    close: async () => {
      await server.close();
      folders.cleanup();
    },
  };
}
