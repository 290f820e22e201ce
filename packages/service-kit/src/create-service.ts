import { OpenAPIHono } from "@hono/zod-openapi";
import type { DatabaseHandle } from "@orbis/db";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import { z } from "zod";
import type { TokenVerifier } from "./auth/verifier";
import type { ServiceEnv } from "./env";
import { createLogger, type Logger } from "./logger";
import { HttpProblem, problemResponse, zodFieldErrors } from "./problem";
import { defineRoute, jsonResponse } from "./route";

export interface ServiceOptions {
  /** Short name: routes live under /api/<name>. */
  name: string;
  title: string;
  description?: string;
  version?: string;
  verifier: TokenVerifier;
  /** For /ready: reachable and migrated. */
  database?: Pick<DatabaseHandle, "status">;
  bodyLimitBytes?: number;
  logger?: Logger;
}

const TARGET_PREFIX: Record<string, string> = { json: "body", form: "body", query: "query", param: "params", header: "headers", cookie: "cookies" };

/**
 * The app every Orbis service is built on: request id, JSON access logs, problem+json errors, body size limit,
 * authentication with role guards declared per route, /health, /ready and the OpenAPI 3.1 document.
 * Returns `root` (to serve) and `api` (mounted at /api/<name>, where route groups go).
 */
export function createService(options: ServiceOptions) {
  const log = options.logger ?? createLogger({ service: options.name });
  const root = new OpenAPIHono<ServiceEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const problem = new HttpProblem("validation", "Some fields are missing or invalid.", {
          errors: zodFieldErrors(result.error.issues, TARGET_PREFIX[result.target] ?? result.target),
        });
        return problemResponse(problem, c.req.path, c.var.requestId);
      }
      return undefined;
    },
  });

  root.use(requestId({ headerName: "x-request-id", limitLength: 128 }));
  root.use(async (c, next) => {
    const started = performance.now();
    c.set("log", log.child({ requestId: c.var.requestId }));
    c.set("verifier", options.verifier);
    c.set("principal", undefined);
    await next();
    c.var.log.info("request", {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      actor: c.var.principal?.sub,
    });
  });
  root.use(secureHeaders({ crossOriginResourcePolicy: "same-origin" }));
  root.use(
    bodyLimit({
      maxSize: options.bodyLimitBytes ?? 1024 * 1024,
      onError: () => {
        throw new HttpProblem("payload_too_large", `Bodies are limited to ${options.bodyLimitBytes ?? 1024 * 1024} bytes.`);
      },
    }),
  );

  root.onError((err, c) => {
    if (err instanceof HttpProblem) return problemResponse(err, c.req.path, c.var.requestId);
    if (err instanceof z.ZodError) {
      return problemResponse(
        new HttpProblem("validation", "Some fields are invalid.", { errors: zodFieldErrors(err.issues) }),
        c.req.path,
        c.var.requestId,
      );
    }
    if (err instanceof HTTPException && err.status < 500) {
      const code = err.status === 401 ? "unauthenticated" : err.status === 413 ? "payload_too_large" : "bad_request";
      return problemResponse(new HttpProblem(code, err.message || undefined), c.req.path, c.var.requestId);
    }
    (c.var.log ?? log).error("unhandled error", { err: err.message, stack: err.stack });
    return problemResponse(
      new HttpProblem("internal", "Something went wrong on our side. Quote the request id when reporting it."),
      c.req.path,
      c.var.requestId,
    );
  });
  root.notFound((c) =>
    problemResponse(new HttpProblem("not_found", `No route ${c.req.method} ${c.req.path}.`), c.req.path, c.var.requestId),
  );

  const api = root.basePath(`/api/${options.name}`);
  api.openAPIRegistry.registerComponent("securitySchemes", "session", {
    type: "apiKey",
    in: "cookie",
    name: "orbis_session",
  });
  api.openAPIRegistry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer", bearerFormat: "JWT" });

  api.openapi(
    defineRoute({
      method: "get",
      path: "/health",
      tags: ["operations"],
      summary: "The process is up",
      access: { public: true },
      responses: { 200: jsonResponse(z.object({ status: z.literal("ok"), service: z.string(), uptimeSeconds: z.number() }), "Up") },
    }),
    (c) => c.json({ status: "ok" as const, service: options.name, uptimeSeconds: Math.round(process.uptime()) }, 200),
  );

  api.openapi(
    defineRoute({
      method: "get",
      path: "/ready",
      tags: ["operations"],
      summary: "The database is reachable and every migration is applied",
      access: { public: true },
      responses: {
        200: jsonResponse(z.object({ status: z.literal("ready"), migrations: z.number().int() }), "Ready"),
        503: { description: "Not ready" },
      },
    }),
    async (c) => {
      if (!options.database) return c.json({ status: "ready" as const, migrations: 0 }, 200);
      const s = await options.database.status();
      if (!s.reachable) throw new HttpProblem("not_ready", "The database is not reachable.");
      if (s.applied < s.expected) throw new HttpProblem("not_ready", `${s.expected - s.applied} migration(s) not applied.`);
      return c.json({ status: "ready" as const, migrations: s.applied }, 200);
    },
  );

  api.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: { title: options.title, version: options.version ?? "1.0.0", description: options.description },
    servers: [{ url: "/" }],
  });

  return { root, api, log, name: options.name };
}

export type Service = ReturnType<typeof createService>;
