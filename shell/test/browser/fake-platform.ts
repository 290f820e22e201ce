import { randomUUID } from "node:crypto";
import type { NavModule } from "@orbis/contracts/registry";
import { readSharedManifest } from "@orbis/shared-deps";
import { Hono, type Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";

export const PASSWORD = "orbis-demo-password";

const USERS = {
  "admin@orbis.test": { sub: "u-admin", name: "Ada Admin", roles: ["admin"] },
  "erasmus@orbis.test": { sub: "u-erasmus", name: "Eva Erasmus", roles: ["erasmus"] },
} as const;
type Email = keyof typeof USERS;

const label = (fr: string, en: string) => ({ fr, en });
export const MODULES: NavModule[] = [
  { name: "good", route: "/good", framework: "react", label: label("Module sain", "Healthy module"), roles: ["erasmus"], version: "1.0.0", specifier: "@orbis/good", cssUrls: ["/static/good/1.0.0/style.css"] },
  { name: "broken", route: "/broken", framework: "vue", label: label("Module absent", "Missing module"), roles: ["admin"], version: "1.0.0", specifier: "@orbis/broken", cssUrls: [] },
  { name: "crashy", route: "/crashy", framework: "vue", label: label("Module fragile", "Fragile module"), roles: ["admin"], version: "1.0.0", specifier: "@orbis/crashy", cssUrls: [] },
  { name: "slow", route: "/slow", framework: "react", label: label("Module lent", "Slow module"), roles: ["admin"], version: "1.0.0", specifier: "@orbis/slow", cssUrls: [] },
];

function problem(c: Context, status: 401 | 400, code: string, title: string) {
  return c.body(JSON.stringify({ type: `https://orbis.example/problems/${code}`, title, status, detail: title, code }), status, {
    "content-type": "application/problem+json",
  });
}

/**
 * Identity and registry as the shell sees them through its proxy: cookie sessions that tests can expire,
 * a refresh endpoint that counts its calls, and the navigation and import map for three test modules.
 */
export function fakePlatform() {
  const sessions = new Map<string, Email>();
  const refreshTokens = new Map<string, Email>();
  const state = { refreshCalls: 0 };
  const app = new Hono();

  const signIn = (c: Context, email: Email) => {
    const session = randomUUID();
    sessions.set(session, email);
    setCookie(c, "orbis_session", session, { httpOnly: true, sameSite: "Lax", path: "/" });
  };
  const userOf = (c: Context): Email | undefined => sessions.get(getCookie(c, "orbis_session") ?? "");

  app.post("/api/identity/login", async (c) => {
    const body = await c.req.json<{ email?: string; password?: string }>();
    if (!body.email || !body.email.includes("@")) return problem(c, 400, "validation", "Invalid request");
    if (!(body.email in USERS) || body.password !== PASSWORD) return problem(c, 401, "invalid_credentials", "Invalid email or password");
    const email = body.email as Email;
    signIn(c, email);
    const refresh = randomUUID();
    refreshTokens.set(refresh, email);
    setCookie(c, "orbis_refresh", refresh, { httpOnly: true, sameSite: "Lax", path: "/api/identity" });
    return c.json({ ok: true });
  });
  app.post("/api/identity/refresh", (c) => {
    state.refreshCalls += 1;
    const email = refreshTokens.get(getCookie(c, "orbis_refresh") ?? "");
    if (!email) return problem(c, 401, "unauthenticated", "Authentication required");
    signIn(c, email);
    return c.json({ ok: true });
  });
  app.post("/api/identity/logout", (c) => {
    sessions.delete(getCookie(c, "orbis_session") ?? "");
    refreshTokens.delete(getCookie(c, "orbis_refresh") ?? "");
    deleteCookie(c, "orbis_session", { path: "/" });
    deleteCookie(c, "orbis_refresh", { path: "/api/identity" });
    return c.body(null, 204);
  });
  app.get("/api/identity/me", (c) => {
    const email = userOf(c);
    if (!email) return problem(c, 401, "unauthenticated", "Authentication required");
    const user = USERS[email];
    return c.json({ sub: user.sub, kind: "user", email, name: user.name, roles: user.roles, departments: [] });
  });
  app.get("/api/registry/nav", (c) => {
    const email = userOf(c);
    if (!email) return problem(c, 401, "unauthenticated", "Authentication required");
    const roles: readonly string[] = USERS[email].roles;
    return c.json(MODULES.filter((m) => roles.includes("admin") || m.roles.some((r) => roles.includes(r))));
  });
  app.get("/api/registry/importmap.json", (c) => {
    const shared = readSharedManifest();
    const modules = Object.fromEntries(MODULES.map((m) => [m.specifier, `/static/${m.name}/${m.version}/spa.js`]));
    return c.json({ imports: { ...shared.imports, ...modules }, integrity: shared.integrity });
  });

  return {
    app,
    state,
    /** Every session and refresh token stops working, as after a server-side logout or expiry. */
    expireEverything() {
      sessions.clear();
      refreshTokens.clear();
    },
  };
}
