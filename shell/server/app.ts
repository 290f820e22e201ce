import { readFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { HttpBindings } from "@hono/node-server";
import { Hono, type Context } from "hono";
import { proxyToService } from "./api-proxy";
import type { ShellServerConfig } from "./config";
import { looksLikeFile } from "./content-types";
import { registryUnavailablePage, shellNotBuiltPage } from "./error-pages";
import { createImportMapSource, RegistryUnavailable } from "./import-map-source";
import { renderIndexPage } from "./index-page";
import { createLogger, type Logger } from "./logger";
import { problemResponse } from "./problem";
import { requestIdFrom } from "./request-id";
import { newNonce, securityHeaders } from "./security-headers";
import { IMMUTABLE, REVALIDATE, notFound, serveStatic, type StaticRoot } from "./static-files";
import { createUiCss } from "./ui-css";

export type ShellAppConfig = Omit<ShellServerConfig, "port" | "host">;

export interface ShellAppOptions {
  log?: Logger;
  /** fetch used for the registry's import map (tests may observe it). */
  fetch?: typeof globalThis.fetch;
}

type ShellEnv = { Bindings: Partial<HttpBindings>; Variables: { requestId: string } };

const STATIC_PREFIXES = ["/shell/", "/shared/", "/ui/", "/static/"] as const;

/**
 * The shell server: index.html with the registry's import map inlined, the shell's and shared libraries' files,
 * the UI kit's stylesheets, the module store, and `/api/<service>/*` proxied to each service.
 */
export function createShellApp(config: ShellAppConfig, options: ShellAppOptions = {}) {
  const log = options.log ?? createLogger(process.env.LOG_LEVEL);
  const registryUrl = config.serviceUrls.registry;
  if (!registryUrl) throw new Error("No URL for the registry service (REGISTRY_URL or SERVICE_URLS.registry)");
  const importMaps = createImportMapSource({
    registryUrl,
    ttlMs: config.importMapTtlMs,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const uiCss = createUiCss(config.uiCssFiles);

  const shellRoot: StaticRoot = {
    dir: config.shellDistDir,
    cacheControl: (segments) => (segments[0] === "assets" ? IMMUTABLE : REVALIDATE),
  };
  const sharedRoot: StaticRoot = {
    dir: config.sharedDir,
    cacheControl: (segments) => (segments.join("/") === "manifest.json" ? REVALIDATE : IMMUTABLE),
  };
  // <module>/<version>/<file>: a version is never rewritten (it carries the build's content hash).
  const storeRoot: StaticRoot = {
    dir: config.staticDir,
    cacheControl: (segments) => (segments.length >= 3 ? IMMUTABLE : REVALIDATE),
  };

  const app = new Hono<ShellEnv>();
  const rawPath = (c: Context<ShellEnv>, prefix: string) => new URL(c.req.url).pathname.slice(prefix.length);
  const withHeaders = (response: Response, headers: Record<string, string>) => {
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    return response;
  };
  const pageHeaders = (nonce: string) => securityHeaders(nonce, config.devOrigins);

  app.use(async (c, next) => {
    const requestId = requestIdFrom(c.req.header("x-request-id"));
    c.set("requestId", requestId);
    const started = performance.now();
    await next();
    if (!c.res.headers.has("x-request-id")) c.res.headers.set("x-request-id", requestId);
    log.debug("request", {
      requestId,
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    });
  });

  app.onError((error, c) => {
    const requestId = c.get("requestId");
    log.error("unhandled error", { requestId, path: c.req.path, error: error.stack ?? String(error) });
    return problemResponse(500, "internal", "Internal error", "The shell server failed to answer", { requestId });
  });

  app.get("/api/shell/health", (c) => c.json({ status: "ok" }));

  const forward = (c: Context<ShellEnv>) =>
    proxyToService(config.serviceUrls, {
      request: c.req.raw,
      service: c.req.param("service") ?? "",
      requestId: c.get("requestId"),
      clientAddress: c.env?.incoming?.socket.remoteAddress,
      log: (msg, fields) => log.warn(msg, fields),
    });
  app.all("/api/:service", forward);
  app.all("/api/:service/*", forward);

  const assetHeaders = securityHeaders(undefined, config.devOrigins);
  app.get("/shell/*", async (c) => {
    const path = rawPath(c, "/shell/");
    // The template is only ever served with its import map, through the page routes below.
    if (path === "index.html") return withHeaders(notFound(), assetHeaders);
    return withHeaders(await serveStatic(shellRoot, path, c.req.raw), assetHeaders);
  });
  app.get("/shared/*", async (c) => withHeaders(await serveStatic(sharedRoot, rawPath(c, "/shared/"), c.req.raw), assetHeaders));
  app.get("/static/*", async (c) => withHeaders(await serveStatic(storeRoot, rawPath(c, "/static/"), c.req.raw), assetHeaders));
  app.get("/ui/*", async (c) => {
    const found = await uiCss.lookup(rawPath(c, "/ui/"));
    if (!found) return withHeaders(notFound(), assetHeaders);
    const root: StaticRoot = { dir: dirname(found.path), cacheControl: () => (found.immutable ? IMMUTABLE : REVALIDATE) };
    return withHeaders(await serveStatic(root, encodeURIComponent(basename(found.path)), c.req.raw), assetHeaders);
  });

  const unknownPath = (c: Context<ShellEnv>) =>
    problemResponse(404, "not_found", "Not found", `Nothing answers ${c.req.method} ${c.req.path}`, {
      requestId: c.get("requestId"),
    });

  app.get("*", async (c) => {
    const path = c.req.path;
    if (path === "/api" || path.startsWith("/api/")) return unknownPath(c);
    if (STATIC_PREFIXES.some((prefix) => `${path}/` === prefix) || looksLikeFile(path)) {
      return withHeaders(notFound(), assetHeaders);
    }
    const requestId = c.get("requestId");
    const nonce = newNonce();
    const html = (status: number, body: string, extra: Record<string, string> = {}) =>
      new Response(body, {
        status,
        headers: { "content-type": "text/html; charset=utf-8", ...pageHeaders(nonce), ...extra },
      });

    let template: string;
    try {
      template = await readFile(join(config.shellDistDir, "index.html"), "utf8");
    } catch {
      log.error("shell not built", { dir: config.shellDistDir });
      return html(500, shellNotBuiltPage(nonce, requestId), { "cache-control": "no-store" });
    }
    try {
      const [importMap, stylesheets] = await Promise.all([importMaps.get(requestId), uiCss.assets()]);
      const body = renderIndexPage(template, {
        importMap,
        nonce,
        stylesheets: stylesheets.map((asset) => `/ui/${asset.hashedName}`),
      });
      return html(200, body, { "cache-control": "no-cache" });
    } catch (error) {
      if (!(error instanceof RegistryUnavailable)) throw error;
      log.warn("registry unavailable", { requestId, error: error.message });
      return html(503, registryUnavailablePage(nonce, requestId), { "cache-control": "no-store", "retry-after": "5" });
    }
  });

  app.all("*", unknownPath);

  return app;
}
