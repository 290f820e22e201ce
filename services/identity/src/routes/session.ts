import { LoginRequest } from "@orbis/contracts/identity";
import { createRouter, defineRoute, HttpProblem, jsonBody, jsonResponse, noContent, principalOf } from "@orbis/service-kit";
import { eq } from "drizzle-orm";
import { clientAddress } from "../auth/client-address";
import { clearAuthCookies, refreshCookieOf, setRefreshCookie, setSessionCookie, USER_TOKEN_SECONDS } from "../auth/cookies";
import { decoyHash, verifySecret } from "../auth/password";
import { users } from "../db/schema";
import { Me } from "../domain/api-schemas";
import { openSession, revokeSession, rotateSession } from "../domain/refresh-sessions";
import { principalForUser, toUser } from "../domain/users";
import type { RouteContext } from "./context";

const WRONG_CREDENTIALS = "Wrong email or password.";

/** Sign-in, session renewal, sign-out and "who am I". */
export function sessionRoutes({ db, keys, cookies, throttle }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "post",
      path: "/login",
      tags: ["session"],
      summary: "Sign in with email and password: sets the session and refresh cookies",
      access: { public: true },
      request: jsonBody(LoginRequest),
      responses: {
        200: jsonResponse(Me, "Signed in"),
        429: { description: "Too many failed attempts (Retry-After says how long to wait)" },
      },
    }),
    async (c) => {
      const { email, password } = c.req.valid("json");
      const address = clientAddress(c);
      throttle.assertAllowed(email, address);
      const [user] = await db.select().from(users).where(eq(users.email, email));
      // An unknown email costs the same scrypt work as a wrong password.
      const valid = await verifySecret(password, user?.passwordHash ?? (await decoyHash()));
      if (!user?.passwordHash || !valid) {
        throttle.failed(email, address);
        c.var.log.warn("login failed", { email, address });
        throw new HttpProblem("invalid_credentials", WRONG_CREDENTIALS);
      }
      if (!user.active) {
        c.var.log.warn("login refused: account deactivated", { email, address });
        throw new HttpProblem("invalid_credentials", "This account is deactivated. Contact an administrator.");
      }
      throttle.succeeded(email);
      const principal = principalForUser(user);
      const refresh = await db.transaction((tx) => openSession(tx, user.id, c.req.header("user-agent")));
      setSessionCookie(c, cookies, await keys.sign(principal, USER_TOKEN_SECONDS));
      setRefreshCookie(c, cookies, refresh.token, refresh.expiresAt);
      c.header("cache-control", "no-store");
      c.var.log.info("login", { sub: user.id });
      return c.json({ ...principal, user: toUser(user) }, 200);
    },
  );

  // A refused refresh also clears the dead cookies, so the browser stops sending them (runs after the problem answer).
  router.use("/refresh", async (c, next) => {
    await next();
    if (c.res.status === 401) clearAuthCookies(c, cookies);
  });

  router.openapi(
    defineRoute({
      method: "post",
      path: "/refresh",
      tags: ["session"],
      summary: "Renew the session cookie with the refresh cookie (which is rotated)",
      access: { public: true },
      responses: { 200: jsonResponse(Me, "Renewed") },
    }),
    async (c) => {
      const token = refreshCookieOf(c);
      if (!token) throw new HttpProblem("unauthenticated", "No refresh session: sign in again.");
      const result = await rotateSession(db, token, c.req.header("user-agent"));
      if (!result.ok) {
        c.var.log.warn("refresh refused", { reason: result.reason });
        if (result.reason === "reused") c.var.log.warn("refresh token replayed: session family revoked");
        throw new HttpProblem("unauthenticated", "The sign-in session has ended: sign in again.");
      }
      const principal = principalForUser(result.user);
      setSessionCookie(c, cookies, await keys.sign(principal, USER_TOKEN_SECONDS));
      setRefreshCookie(c, cookies, result.refresh.token, result.refresh.expiresAt);
      c.header("cache-control", "no-store");
      return c.json({ ...principal, user: toUser(result.user) }, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/logout",
      tags: ["session"],
      summary: "Sign out: revokes the refresh session and clears both cookies",
      access: { public: true },
      responses: { 204: noContent },
    }),
    async (c) => {
      const token = refreshCookieOf(c);
      if (token) await revokeSession(db, token);
      clearAuthCookies(c, cookies);
      return c.body(null, 204);
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/me",
      tags: ["session"],
      summary: "The caller: the principal of the token, and the account for users",
      access: { authenticated: true },
      responses: { 200: jsonResponse(Me, "The caller") },
    }),
    async (c) => {
      const principal = principalOf(c);
      if (principal.kind !== "user") return c.json(principal, 200);
      const [user] = await db.select().from(users).where(eq(users.id, principal.sub));
      if (!user?.active) throw new HttpProblem("unauthenticated", "This account no longer exists or is deactivated.");
      return c.json({ ...principal, user: toUser(user) }, 200);
    },
  );

  return router;
}
