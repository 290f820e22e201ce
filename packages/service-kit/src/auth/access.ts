import type { Role, ServiceRole } from "@orbis/contracts/common";
import type { Principal } from "@orbis/contracts/identity";
import { getCookie } from "hono/cookie";
import type { Context, MiddlewareHandler } from "hono";
import type { ServiceEnv } from "../env";
import { HttpProblem } from "../problem";
import { SESSION_COOKIE } from "./claims";

/**
 * Who may call a route. Declared once on the route: enforced by the middleware and published in the
 * OpenAPI document (x-orbis-access), so access can be tested from the document.
 */
export type Access =
  | { public: true }
  | { authenticated: true }
  | { roles: ReadonlyArray<Role | ServiceRole> };

export function accessLabel(access: Access): string[] {
  if ("public" in access) return ["public"];
  if ("authenticated" in access) return ["authenticated"];
  return [...access.roles];
}

export function bearerToken(c: Context): string | undefined {
  const header = c.req.header("authorization");
  if (header?.startsWith("Bearer ")) return header.slice(7).trim() || undefined;
  return getCookie(c, SESSION_COOKIE) || undefined;
}

/** Admin passes every role check; other callers need one of the route's roles. */
export function hasAnyRole(principal: Principal, roles: ReadonlyArray<string>): boolean {
  return principal.roles.includes("admin") || principal.roles.some((r) => roles.includes(r));
}

export function requireAccess(access: Access): MiddlewareHandler<ServiceEnv> {
  return async (c, next) => {
    if ("public" in access) {
      await next();
      return;
    }
    const token = bearerToken(c);
    if (!token) throw new HttpProblem("unauthenticated", "Sign in, or send a bearer token.");
    let principal: Principal;
    try {
      principal = await c.var.verifier(token);
    } catch {
      throw new HttpProblem("unauthenticated", "The session or token is invalid or has expired.");
    }
    c.set("principal", principal);
    c.var.log.debug("authenticated", { sub: principal.sub });
    if ("roles" in access && !hasAnyRole(principal, access.roles)) {
      throw new HttpProblem("forbidden", `This action needs one of the roles: ${access.roles.join(", ")}.`);
    }
    await next();
  };
}

/** The authenticated caller of a route declared with roles or authenticated access. */
export function principalOf(c: Context<ServiceEnv>): Principal {
  const principal = c.get("principal");
  if (!principal) throw new HttpProblem("unauthenticated");
  return principal;
}
