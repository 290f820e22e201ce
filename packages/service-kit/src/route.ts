import { createRoute, OpenAPIHono, type RouteConfig } from "@hono/zod-openapi";
import type { z } from "zod";
import { Problem } from "@orbis/contracts/common";
import { accessLabel, requireAccess, type Access } from "./auth/access";
import type { ServiceEnv } from "./env";

const problemContent = { "application/problem+json": { schema: Problem } };

/** Standard error responses every route documents. */
export const problemResponses = {
  400: { description: "Invalid request", content: problemContent },
  401: { description: "Not authenticated", content: problemContent },
  403: { description: "Not allowed", content: problemContent },
  404: { description: "Not found", content: problemContent },
  409: { description: "Conflict or stale version", content: problemContent },
} as const;

type Config = Omit<RouteConfig, "middleware" | "security"> & { access: Access };

/**
 * A route whose access rule is declared next to its schemas: enforced by middleware, published in the
 * OpenAPI document as `x-orbis-access` and as a security requirement.
 */
export function defineRoute<const C extends Config>(config: C) {
  const { access, ...route } = config;
  const isPublic = "public" in access;
  return createRoute({
    ...route,
    responses: { ...problemResponses, ...route.responses },
    middleware: [requireAccess(access)] as const,
    ...(isPublic ? { security: [] } : { security: [{ session: [] }, { bearer: [] }] }),
    "x-orbis-access": accessLabel(access),
  } as Omit<C, "access"> & { middleware: [ReturnType<typeof requireAccess>] });
}

/** A route group: one per file, mounted on the service's api. */
export function createRouter() {
  return new OpenAPIHono<ServiceEnv>();
}

export const jsonBody = <T extends z.ZodTypeAny>(schema: T, description = "JSON body") => ({
  body: { content: { "application/json": { schema } }, required: true, description },
});

export const jsonResponse = <T extends z.ZodTypeAny>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

export const noContent = { description: "Done, nothing to return" } as const;
