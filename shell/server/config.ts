import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { serviceUrlsFromEnv } from "./service-urls";

export interface ShellServerConfig {
  port: number;
  host: string;
  /** Service name -> base URL; `/api/<name>/...` is proxied there unchanged. */
  serviceUrls: Record<string, string>;
  /** Built shell (index.html template and assets/), served at /shell/. */
  shellDistDir: string;
  /** packages/shared-deps/dist, served at /shared/. */
  sharedDir: string;
  /** UI kit stylesheets in load order, served at /ui/. */
  uiCssFiles: readonly string[];
  /** The module store (`<module>/<version>/<file>`), served at /static/. */
  staticDir: string;
  /** How long a fetched import map is reused; short, so that a publish shows on the next page load. */
  importMapTtlMs: number;
  /** Extra origins allowed in the CSP (module dev servers used through import-map overrides). */
  devOrigins: string[];
}

const shellDir = fileURLToPath(new URL("..", import.meta.url));
export const repoRoot = resolve(shellDir, "..");
export const defaultShellDistDir = join(shellDir, "dist");

function portFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`${name} must be a port number, got ${value}`);
  return port;
}

function originsFrom(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((origin) => {
      const url = new URL(origin);
      if (url.origin !== origin.replace(/\/$/, "")) throw new Error(`DEV_ORIGINS takes origins only, got ${origin}`);
      return url.origin;
    });
}

/** The shell server's settings from the environment (see the report / README for the variables). */
export function configFromEnv(
  env: NodeJS.ProcessEnv,
  defaults: { sharedDir: string; uiCssFiles: readonly string[] },
): ShellServerConfig {
  const dataRoot = env.ORBIS_DATA_ROOT ? resolve(env.ORBIS_DATA_ROOT) : join(repoRoot, ".data");
  const serviceUrls = serviceUrlsFromEnv(env);
  const ttl = env.IMPORTMAP_TTL_MS === undefined ? 1_000 : Number(env.IMPORTMAP_TTL_MS);
  if (!Number.isFinite(ttl) || ttl < 0 || ttl > 5_000) throw new Error("IMPORTMAP_TTL_MS must be between 0 and 5000");
  return {
    port: portFrom(env.PORT, 8080, "PORT"),
    host: env.HOST || "127.0.0.1",
    serviceUrls,
    shellDistDir: env.SHELL_DIST_DIR ? resolve(env.SHELL_DIST_DIR) : defaultShellDistDir,
    sharedDir: defaults.sharedDir,
    uiCssFiles: defaults.uiCssFiles,
    staticDir: env.STATIC_DIR ? resolve(env.STATIC_DIR) : join(dataRoot, "static"),
    importMapTtlMs: ttl,
    devOrigins: originsFrom(env.DEV_ORIGINS),
  };
}
