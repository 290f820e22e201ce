import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdminAccount } from "../src/accounts/first-admin";
import { tokenDigest } from "../src/auth/opaque-token";
import { verifySecret } from "../src/auth/password";
import type { IdentityDatabase } from "../src/db/database";
import { audit, departments, sessions, users } from "../src/db/schema";
import { login, PASSWORD, seedDepartment, seedUser, sessionToken, startIdentity, testDatabase, type Identity } from "./helpers";

let database: IdentityDatabase;
let identity: Identity;
let admin: string;
let adminId: string;
let analyst: string;
let coordinator: string;

beforeAll(async () => {
  database = await testDatabase();
  identity = await startIdentity(database);
  for (const code of ["CHINESE", "ARABIC", "RUSSIAN"]) await seedDepartment(database, code);
  await seedDepartment(database, "LATIN", false);
  adminId = (await createAdminAccount(database.db, { email: "root@univ.test", name: "Root Admin", password: PASSWORD })).id;
  admin = await sessionToken(identity, "root@univ.test");
  await seedUser(database, { email: "analyst@univ.test", roles: ["analyst"] });
  analyst = await sessionToken(identity, "analyst@univ.test");
  await seedUser(database, { email: "coord@univ.test", roles: ["coordinator"], scopes: ["CHINESE"] });
  coordinator = await sessionToken(identity, "coord@univ.test");
});
afterAll(() => database.close());

const newUser = (email: string, extra: Record<string, unknown> = {}) => ({ email, name: "New Person", roles: ["erasmus"], ...extra });
const userCount = async () => (await database.db.select().from(users)).length;
const paths = (json: { errors?: { path: string }[] }) => (json.errors ?? []).map((e) => e.path).sort();

describe("access", () => {
  it("declares each route's access in the OpenAPI document", async () => {
    const doc = (await identity.call("GET", "/openapi.json")).json;
    const access = (path: string, method: string) => doc.paths[`/api/identity${path}`][method]["x-orbis-access"];
    expect(access("/.well-known/jwks.json", "get")).toEqual(["public"]);
    expect(access("/login", "post")).toEqual(["public"]);
    expect(access("/token", "post")).toEqual(["public"]);
    expect(access("/me", "get")).toEqual(["authenticated"]);
    expect(access("/departments", "get")).toEqual(["authenticated"]);
    const adminOnly = [
      ["/users", "get"],
      ["/users", "post"],
      ["/users/{id}", "get"],
      ["/users/{id}", "patch"],
      ["/departments", "post"],
      ["/departments/{code}", "patch"],
      ["/audit", "get"],
    ] as const;
    for (const [path, method] of adminOnly) expect(access(path, method), `${method} ${path}`).toEqual(["admin"]);
    expect(JSON.stringify(doc)).not.toMatch(/passwordHash|password_hash|secretHash/);
  });

  it("answers 401 without a token and 403 for a non-admin on every user route", async () => {
    const id = adminId;
    const routes: [string, string, unknown?][] = [
      ["GET", "/users"],
      ["POST", "/users", newUser("x@univ.test")],
      ["GET", `/users/${id}`],
      ["PATCH", `/users/${id}`, { version: 1, name: "x" }],
      ["POST", "/departments", { code: "GREEK", nameFr: "Grec", nameEn: "Greek" }],
      ["PATCH", "/departments/CHINESE", { version: 1, nameFr: "x" }],
      ["GET", "/audit"],
    ];
    for (const [method, path, body] of routes) {
      expect((await identity.call(method, path, { body })).status, `${method} ${path}`).toBe(401);
      for (const token of [analyst, coordinator]) {
        const r = await identity.call(method, path, { body, token });
        expect(r.status, `${method} ${path}`).toBe(403);
        expect(r.json.code).toBe("forbidden");
      }
    }
    expect(await userCount()).toBe(3);
  });

  it("lets any signed-in caller list departments, and nobody anonymous", async () => {
    expect((await identity.call("GET", "/departments")).status).toBe(401);
    const r = await identity.call("GET", "/departments", { token: coordinator });
    expect(r.status).toBe(200);
    expect(r.json.total).toBe(4);
    expect(r.json.items.map((d: { code: string }) => d.code)).toEqual(["ARABIC", "CHINESE", "LATIN", "RUSSIAN"]);
    const active = await identity.call("GET", "/departments?active=true&q=ch", { token: analyst });
    expect(active.json).toMatchObject({ total: 1, items: [{ code: "CHINESE", active: true, version: 1 }] });
  });
});

describe("creating users", () => {
  it("creates an account the new user can sign in with, never showing the hash", async () => {
    const r = await identity.call("POST", "/users", {
      token: admin,
      body: { email: "New.Person@Univ.TEST", name: "  New Person ", department: "ARABIC", roles: ["incoming", "incoming"], password: "Tr0pical-Mango-Lagoon" },
    });
    expect(r.status).toBe(201);
    expect(r.json).toMatchObject({ email: "new.person@univ.test", name: "New Person", department: "ARABIC", roles: ["incoming"], scopes: [], active: true, version: 1 });
    expect(JSON.stringify(r.json)).not.toMatch(/scrypt|password|hash/i);
    const got = await identity.call("GET", `/users/${r.json.id}`, { token: admin });
    expect(got.json).toEqual(r.json);
    expect((await login(identity, "new.person@univ.test", "Tr0pical-Mango-Lagoon")).status).toBe(200);
  });

  it("refuses a duplicate email (any case) with 409 naming body.email", async () => {
    const before = await userCount();
    const r = await identity.call("POST", "/users", { token: admin, body: newUser("ANALYST@univ.test") });
    expect(r.status).toBe(409);
    expect(r.json.code).toBe("duplicate");
    expect(paths(r.json)).toEqual(["body.email"]);
    expect(await userCount()).toBe(before);
  });

  it("refuses bad input with 400 and the fields at fault, changing nothing", async () => {
    const before = await userCount();
    const bad = await identity.call("POST", "/users", { token: admin, body: { email: "nope", name: "", roles: ["wizard"], scopes: ["lower"] } });
    expect(bad.status).toBe(400);
    expect(bad.contentType).toContain("application/problem+json");
    expect(paths(bad.json)).toEqual(["body.email", "body.name", "body.roles.0", "body.scopes.0"]);
    const noRoles = await identity.call("POST", "/users", { token: admin, body: newUser("a@univ.test", { roles: [] }) });
    expect(paths(noRoles.json)).toEqual(["body.roles"]);
    const shortPassword = await identity.call("POST", "/users", { token: admin, body: newUser("a@univ.test", { password: "short" }) });
    expect(paths(shortPassword.json)).toEqual(["body.password"]);
    const weak = await identity.call("POST", "/users", { token: admin, body: newUser("a@univ.test", { password: "Motdepasse2024!" }) });
    expect(weak.status).toBe(400);
    expect(paths(weak.json)).toEqual(["body.password"]);
    expect(await userCount()).toBe(before);
  });

  it("requires scopes for a coordinator, only for a coordinator, and existing active departments", async () => {
    const before = await userCount();
    const noScope = await identity.call("POST", "/users", { token: admin, body: newUser("c1@univ.test", { roles: ["coordinator"] }) });
    expect(noScope.status).toBe(400);
    expect(paths(noScope.json)).toEqual(["body.scopes"]);
    const stray = await identity.call("POST", "/users", { token: admin, body: newUser("c1@univ.test", { scopes: ["CHINESE"] }) });
    expect(stray.status).toBe(400);
    expect(paths(stray.json)).toEqual(["body.scopes"]);
    const unknown = await identity.call("POST", "/users", {
      token: admin,
      body: newUser("c1@univ.test", { roles: ["coordinator"], scopes: ["CHINESE", "KLINGON", "LATIN"], department: "ELVISH" }),
    });
    expect(unknown.status).toBe(400);
    expect(paths(unknown.json)).toEqual(["body.department", "body.scopes.1", "body.scopes.2"]);
    expect(await userCount()).toBe(before);

    const ok = await identity.call("POST", "/users", {
      token: admin,
      body: newUser("c1@univ.test", { roles: ["coordinator", "erasmus"], scopes: ["CHINESE", "RUSSIAN"] }),
    });
    expect(ok.status).toBe(201);
    expect(ok.json.scopes).toEqual(["CHINESE", "RUSSIAN"]);
  });
});

describe("listing users", () => {
  it("filters by text, role and status, pages, and counts the total", async () => {
    const all = await identity.call("GET", "/users?limit=2", { token: admin });
    expect(all.status).toBe(200);
    expect(all.json.items).toHaveLength(2);
    expect(all.json.total).toBe(await userCount());
    const next = await identity.call("GET", "/users?limit=2&offset=2", { token: admin });
    expect(next.json.items[0].id).not.toBe(all.json.items[0].id);

    const coordinators = await identity.call("GET", "/users?role=coordinator", { token: admin });
    expect(coordinators.json.items.every((u: { roles: string[] }) => u.roles.includes("coordinator"))).toBe(true);
    expect(coordinators.json.total).toBe(2);

    const byText = await identity.call("GET", "/users?q=ANALYST", { token: admin });
    expect(byText.json).toMatchObject({ total: 1, items: [{ email: "analyst@univ.test" }] });
    const literal = await identity.call("GET", "/users?q=%25", { token: admin });
    expect(literal.json.total).toBe(0);
    const inactive = await identity.call("GET", "/users?active=false", { token: admin });
    expect(inactive.json.total).toBe(0);
    expect(JSON.stringify(all.json)).not.toMatch(/scrypt/);
  });

  it("refuses bad filters with 400 naming the query fields", async () => {
    const r = await identity.call("GET", "/users?role=wizard&active=maybe&limit=0", { token: admin });
    expect(r.status).toBe(400);
    expect(paths(r.json)).toEqual(["query.active", "query.limit", "query.role"]);
    const id = await identity.call("GET", "/users/not-a-uuid", { token: admin });
    expect(id.status).toBe(400);
    expect(paths(id.json)).toEqual(["params.id"]);
    expect((await identity.call("GET", "/users/00000000-0000-4000-8000-000000000000", { token: admin })).status).toBe(404);
  });
});

describe("updating users", () => {
  async function created(email: string, extra: Record<string, unknown> = {}) {
    const r = await identity.call("POST", "/users", { token: admin, body: newUser(email, { password: "Tr0pical-Mango-Lagoon", ...extra }) });
    expect(r.status).toBe(201);
    return r.json as { id: string; version: number };
  }

  it("applies a change with the current version and refuses a stale one with 409", async () => {
    const u = await created("edit@univ.test");
    const r = await identity.call("PATCH", `/users/${u.id}`, { token: admin, body: { version: 1, name: "Edited Name", department: "RUSSIAN" } });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ name: "Edited Name", department: "RUSSIAN", version: 2 });
    const stale = await identity.call("PATCH", `/users/${u.id}`, { token: admin, body: { version: 1, name: "Late" } });
    expect(stale.status).toBe(409);
    expect(stale.json.code).toBe("stale_version");
    const [row] = await database.db.select().from(users).where(eq(users.id, u.id));
    expect(row).toMatchObject({ name: "Edited Name", version: 2 });
    const missing = await identity.call("PATCH", "/users/00000000-0000-4000-8000-000000000000", { token: admin, body: { version: 1, name: "x" } });
    expect(missing.status).toBe(404);
  });

  it("validates roles, scopes and departments on update, changing nothing when refused", async () => {
    const u = await created("scoped@univ.test");
    const noScope = await identity.call("PATCH", `/users/${u.id}`, { token: admin, body: { version: 1, roles: ["coordinator"] } });
    expect(noScope.status).toBe(400);
    expect(paths(noScope.json)).toEqual(["body.scopes"]);
    const unknown = await identity.call("PATCH", `/users/${u.id}`, {
      token: admin,
      body: { version: 1, roles: ["coordinator"], scopes: ["NOWHERE"], department: "LATIN" },
    });
    expect(unknown.status).toBe(400);
    expect(paths(unknown.json)).toEqual(["body.department", "body.scopes.0"]);
    const badBody = await identity.call("PATCH", `/users/${u.id}`, { token: admin, body: { name: "no version", active: "yes" } });
    expect(paths(badBody.json)).toEqual(["body.active", "body.version"]);
    const [row] = await database.db.select().from(users).where(eq(users.id, u.id));
    expect(row).toMatchObject({ roles: ["erasmus"], scopes: [], version: 1 });

    const ok = await identity.call("PATCH", `/users/${u.id}`, { token: admin, body: { version: 1, roles: ["coordinator"], scopes: ["ARABIC"] } });
    expect(ok.json).toMatchObject({ roles: ["coordinator"], scopes: ["ARABIC"], version: 2 });
    const tokenAfter = await login(identity, "scoped@univ.test", "Tr0pical-Mango-Lagoon");
    expect(tokenAfter.json.departments).toEqual(["ARABIC"]);
    // Dropping the coordinator role drops the scopes with it.
    const dropped = await identity.call("PATCH", `/users/${u.id}`, { token: admin, body: { version: 2, roles: ["analyst"] } });
    expect(dropped.json).toMatchObject({ roles: ["analyst"], scopes: [], version: 3 });
  });

  it("revokes the refresh sessions of a deactivated user", async () => {
    const u = await created("deactivate@univ.test");
    const session = await login(identity, "deactivate@univ.test", "Tr0pical-Mango-Lagoon");
    const r = await identity.call("PATCH", `/users/${u.id}`, { token: admin, body: { version: 1, active: false } });
    expect(r.json).toMatchObject({ active: false, version: 2 });
    const [row] = await database.db.select().from(sessions).where(eq(sessions.id, tokenDigest(session.refresh!)));
    expect(row).toMatchObject({ revokeReason: "deactivated" });
    expect((await identity.call("POST", "/refresh", { cookie: `orbis_refresh=${session.refresh}` })).status).toBe(401);
    expect((await login(identity, "deactivate@univ.test", "Tr0pical-Mango-Lagoon")).status).toBe(401);
    const listed = await identity.call("GET", "/users?active=false", { token: admin });
    expect(listed.json.items.map((x: { email: string }) => x.email)).toContain("deactivate@univ.test");
  });

  it("sets a new password (checked for strength), ending the user's sessions", async () => {
    const u = await created("reset@univ.test");
    const session = await login(identity, "reset@univ.test", "Tr0pical-Mango-Lagoon");
    const weak = await identity.call("PATCH", `/users/${u.id}`, { token: admin, body: { version: 1, password: "reset-reset-reset" } });
    expect(weak.status).toBe(400);
    expect(paths(weak.json)).toEqual(["body.password"]);
    const r = await identity.call("PATCH", `/users/${u.id}`, { token: admin, body: { version: 1, password: "Glacier-Otter-Violin-42" } });
    expect(r.status).toBe(200);
    const [row] = await database.db.select().from(users).where(eq(users.id, u.id));
    expect(await verifySecret("Glacier-Otter-Violin-42", row!.passwordHash!)).toBe(true);
    expect((await identity.call("POST", "/refresh", { cookie: `orbis_refresh=${session.refresh}` })).status).toBe(401);
    expect((await login(identity, "reset@univ.test", "Glacier-Otter-Violin-42")).status).toBe(200);
  });

  it("does not let an admin remove their own admin role or deactivate themselves", async () => {
    const demote = await identity.call("PATCH", `/users/${adminId}`, { token: admin, body: { version: 1, roles: ["erasmus"] } });
    expect(demote.status).toBe(422);
    expect(demote.json.code).toBe("unprocessable");
    expect(demote.json.detail).toMatch(/own admin role/);
    const off = await identity.call("PATCH", `/users/${adminId}`, { token: admin, body: { version: 1, active: false } });
    expect(off.status).toBe(422);
    expect(off.json.detail).toMatch(/deactivate your own account/);
    const [row] = await database.db.select().from(users).where(eq(users.id, adminId));
    expect(row).toMatchObject({ roles: ["admin"], active: true, version: 1 });
    // Other changes to one's own account are fine.
    const ok = await identity.call("PATCH", `/users/${adminId}`, { token: admin, body: { version: 1, roles: ["admin", "analyst"] } });
    expect(ok.status).toBe(200);
  });
});

describe("departments", () => {
  it("creates, renames with a version check, deactivates, and refuses duplicates and bad codes", async () => {
    const r = await identity.call("POST", "/departments", { token: admin, body: { code: "GREEK", nameFr: "Grec", nameEn: "Greek" } });
    expect(r.status).toBe(201);
    expect(r.json).toMatchObject({ code: "GREEK", nameFr: "Grec", nameEn: "Greek", active: true, version: 1 });
    const dup = await identity.call("POST", "/departments", { token: admin, body: { code: "GREEK", nameFr: "Grec", nameEn: "Greek" } });
    expect(dup.status).toBe(409);
    expect(paths(dup.json)).toEqual(["body.code"]);
    const bad = await identity.call("POST", "/departments", { token: admin, body: { code: "greek", nameFr: "", nameEn: "Greek" } });
    expect(bad.status).toBe(400);
    expect(paths(bad.json)).toEqual(["body.code", "body.nameFr"]);

    const renamed = await identity.call("PATCH", "/departments/GREEK", { token: admin, body: { version: 1, nameFr: "Études grecques" } });
    expect(renamed.json).toMatchObject({ nameFr: "Études grecques", version: 2 });
    const stale = await identity.call("PATCH", "/departments/GREEK", { token: admin, body: { version: 1, active: false } });
    expect(stale.status).toBe(409);
    expect(stale.json.code).toBe("stale_version");
    const off = await identity.call("PATCH", "/departments/GREEK", { token: admin, body: { version: 2, active: false } });
    expect(off.json).toMatchObject({ active: false, version: 3 });
    expect((await identity.call("PATCH", "/departments/NOPE", { token: admin, body: { version: 1, active: false } })).status).toBe(404);
    const badCode = await identity.call("PATCH", "/departments/bad", { token: admin, body: { version: 1 } });
    expect(paths(badCode.json)).toEqual(["params.code"]);
    const [row] = await database.db.select().from(departments).where(eq(departments.code, "GREEK"));
    expect(row).toMatchObject({ active: false, version: 3 });
    // A deactivated department cannot be assigned any more.
    const assign = await identity.call("POST", "/users", { token: admin, body: newUser("greek@univ.test", { department: "GREEK" }) });
    expect(paths(assign.json)).toEqual(["body.department"]);
  });
});

describe("audit", () => {
  it("records who created and changed an account, before and after, without any password", async () => {
    const r = await identity.call("POST", "/users", { token: admin, body: newUser("audited@univ.test", { password: "Tr0pical-Mango-Lagoon" }) });
    await identity.call("PATCH", `/users/${r.json.id}`, { token: admin, body: { version: 1, name: "Audited Person", password: "Glacier-Otter-Violin-42" } });
    const trail = await identity.call("GET", `/audit?entity=user&entityId=${r.json.id}`, { token: admin });
    expect(trail.status).toBe(200);
    expect(trail.json.total).toBe(3);
    expect(trail.json.items.map((e: { action: string }) => e.action)).toEqual(["set_password", "update", "create"]);
    const [, update, create] = trail.json.items;
    expect(create).toMatchObject({ actor: "root@univ.test", actorKind: "user", entity: "user", after: { email: "audited@univ.test", version: 1 } });
    expect(update).toMatchObject({ before: { name: "New Person" }, after: { name: "Audited Person", version: 2 } });
    expect(update.requestId).toBeTruthy();
    const rows = await database.db.select().from(audit);
    const everything = JSON.stringify(rows);
    expect(everything).not.toMatch(/scrypt|Tr0pical|Glacier|passwordHash/);
  });

  it("pages and filters the trail", async () => {
    const page = await identity.call("GET", "/audit?entity=department&limit=1", { token: admin });
    expect(page.json.items).toHaveLength(1);
    expect(page.json.total).toBeGreaterThanOrEqual(3);
    expect(page.json.items[0].entity).toBe("department");
    const bad = await identity.call("GET", "/audit?limit=9999", { token: admin });
    expect(bad.status).toBe(400);
    expect(paths(bad.json)).toEqual(["query.limit"]);
  });
});
