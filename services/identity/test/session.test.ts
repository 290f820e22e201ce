import { eq } from "drizzle-orm";
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestSigner, principalFor } from "@orbis/test-kit";
import type { IdentityDatabase } from "../src/db/database";
import { sessions, users } from "../src/db/schema";
import { tokenDigest } from "../src/auth/opaque-token";
import { REUSE_GRACE_MS } from "../src/domain/refresh-sessions";
import { createServiceClient } from "../src/accounts/service-client";
import { freshAddress, login, PASSWORD, seedDepartment, seedUser, setCookies, startIdentity, testDatabase, type Identity } from "./helpers";

let database: IdentityDatabase;
let identity: Identity;

beforeAll(async () => {
  database = await testDatabase();
  identity = await startIdentity(database);
  await seedDepartment(database, "CHINESE");
  await seedDepartment(database, "ARABIC");
});
afterAll(() => database.close());

const cookie = (name: string, value: string) => `${name}=${value}`;

describe("login", () => {
  it("sets an httpOnly Lax session cookie and a Strict refresh cookie, and answers the principal and the account", async () => {
    const user = await seedUser(database, { email: "ada@univ.test", name: "Ada Lovelace", roles: ["erasmus"] });
    const r = await login(identity, "ADA@univ.test ");
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({
      sub: user.id,
      kind: "user",
      email: "ada@univ.test",
      name: "Ada Lovelace",
      roles: ["erasmus"],
      departments: [],
      user: { id: user.id, email: "ada@univ.test", roles: ["erasmus"], active: true, version: 1 },
    });
    expect(JSON.stringify(r.json)).not.toMatch(/scrypt|password/i);
    expect(r.headers.get("cache-control")).toBe("no-store");

    const session = r.cookies.orbis_session!;
    expect(session.attributes).toMatchObject({ httponly: true, samesite: "Lax", path: "/", "max-age": "900" });
    expect(session.attributes.secure).toBeUndefined();
    const refresh = r.cookies.orbis_refresh!;
    expect(refresh.attributes).toMatchObject({ httponly: true, samesite: "Strict", path: "/api/identity" });
    expect(Number(refresh.attributes["max-age"])).toBeGreaterThan(12 * 3600 - 5);
    expect(Number(refresh.attributes["max-age"])).toBeLessThanOrEqual(12 * 3600);
    // The database keeps the token's digest, never the token.
    const [stored] = await database.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(stored!.id).toBe(tokenDigest(refresh.value));
    expect(stored!.id).not.toBe(refresh.value);
  });

  it("lets /me through with the session cookie, and with the same JWT as a bearer token", async () => {
    const r = await login(identity, "ada@univ.test");
    const viaCookie = await identity.call("GET", "/me", { cookie: cookie("orbis_session", r.session!) });
    expect(viaCookie.status).toBe(200);
    expect(viaCookie.json).toMatchObject({ kind: "user", email: "ada@univ.test", user: { email: "ada@univ.test" } });
    const viaBearer = await identity.call("GET", "/me", { token: r.session! });
    expect(viaBearer.json).toEqual(viaCookie.json);
  });

  it("puts a coordinator's scopes in the departments claim", async () => {
    await seedUser(database, { email: "rri@univ.test", roles: ["coordinator"], scopes: ["CHINESE", "ARABIC"] });
    const r = await login(identity, "rri@univ.test");
    expect(r.json.departments).toEqual(["ARABIC", "CHINESE"]);
    const { payload } = await jwtVerify(r.session!, createLocalJWKSet(identity.keys.jwks));
    expect(payload.departments).toEqual(["ARABIC", "CHINESE"]);
    expect(payload.roles).toEqual(["coordinator"]);
  });

  it("answers 401 problem+json, the same for a wrong password and an unknown email", async () => {
    const wrong = await login(identity, "ada@univ.test", "not-the-password");
    const unknown = await login(identity, "nobody@univ.test", "not-the-password");
    for (const r of [wrong, unknown]) {
      expect(r.status).toBe(401);
      expect(r.contentType).toContain("application/problem+json");
      expect(r.json.code).toBe("invalid_credentials");
      expect(r.session).toBeUndefined();
      expect(r.refresh).toBeUndefined();
    }
    expect(unknown.json.detail).toBe(wrong.json.detail);
    expect(unknown.json.title).toBe(wrong.json.title);
  });

  it("refuses a deactivated account and an account without a password with 401", async () => {
    await seedUser(database, { email: "gone@univ.test", roles: ["erasmus"], active: false });
    const inactive = await login(identity, "gone@univ.test");
    expect(inactive.status).toBe(401);
    expect(inactive.json.code).toBe("invalid_credentials");
    expect(inactive.session).toBeUndefined();
    await seedUser(database, { email: "nopass@univ.test", roles: ["erasmus"], password: null });
    const noPassword = await login(identity, "nopass@univ.test", "anything-at-all");
    expect(noPassword.status).toBe(401);
  });

  it("names the faulty fields of a bad body", async () => {
    const r = await identity.call("POST", "/login", { body: { email: "not-an-email" } });
    expect(r.status).toBe(400);
    expect(r.json.errors.map((e: { path: string }) => e.path).sort()).toEqual(["body.email", "body.password"]);
  });
});

describe("login throttling", () => {
  it("answers 429 with Retry-After after 5 failures for one email, even with the right password", async () => {
    await seedUser(database, { email: "target@univ.test", roles: ["erasmus"] });
    for (let i = 0; i < 5; i++) {
      expect((await login(identity, "target@univ.test", "wrong-guess", freshAddress())).status).toBe(401);
    }
    const r = await login(identity, "target@univ.test", PASSWORD, freshAddress());
    expect(r.status).toBe(429);
    expect(r.contentType).toContain("application/problem+json");
    expect(r.json.code).toBe("rate_limited");
    const retryAfter = Number(r.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(r.session).toBeUndefined();
  });

  it("answers 429 after 5 failures from one address, whatever the email", async () => {
    await seedUser(database, { email: "bystander@univ.test", roles: ["erasmus"] });
    const address = freshAddress();
    for (let i = 0; i < 5; i++) {
      expect((await login(identity, `guess${i}@univ.test`, "wrong-guess", address)).status).toBe(401);
    }
    expect((await login(identity, "bystander@univ.test", PASSWORD, address)).status).toBe(429);
    expect((await login(identity, "bystander@univ.test", PASSWORD, freshAddress())).status).toBe(200);
  });

  it("forgets failures once the 15-minute window has passed, and a success clears the email's count", async () => {
    let now = Date.now();
    const clocked = await startIdentity(database, { throttle: { now: () => now } });
    await seedUser(database, { email: "patient@univ.test", roles: ["erasmus"] });
    for (let i = 0; i < 5; i++) await login(clocked, "patient@univ.test", "wrong-guess", freshAddress());
    expect((await login(clocked, "patient@univ.test", PASSWORD, freshAddress())).status).toBe(429);
    now += 15 * 60_000 + 1000;
    expect((await login(clocked, "patient@univ.test", PASSWORD, freshAddress())).status).toBe(200);
    for (let i = 0; i < 4; i++) await login(clocked, "patient@univ.test", "wrong-guess", freshAddress());
    expect((await login(clocked, "patient@univ.test", PASSWORD, freshAddress())).status).toBe(200);
    expect((await login(clocked, "patient@univ.test", "wrong-guess", freshAddress())).status).toBe(401);
  });
});

describe("refresh and logout", () => {
  it("issues a new session cookie and rotates the refresh token; the old one stops working", async () => {
    await seedUser(database, { email: "rotate@univ.test", roles: ["outgoing"] });
    const first = await login(identity, "rotate@univ.test");
    const r = await identity.call("POST", "/refresh", { cookie: cookie("orbis_refresh", first.refresh!) });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ email: "rotate@univ.test", roles: ["outgoing"], user: { email: "rotate@univ.test" } });
    const renewed = setCookies(r);
    expect(renewed.orbis_session!.attributes).toMatchObject({ httponly: true, samesite: "Lax", "max-age": "900" });
    expect(renewed.orbis_refresh!.attributes).toMatchObject({ httponly: true, samesite: "Strict", path: "/api/identity" });
    expect(renewed.orbis_refresh!.value).not.toBe(first.refresh);
    expect((await identity.call("GET", "/me", { token: renewed.orbis_session!.value })).status).toBe(200);

    const replay = await identity.call("POST", "/refresh", { cookie: cookie("orbis_refresh", first.refresh!) });
    expect(replay.status).toBe(401);
    expect(replay.contentType).toContain("application/problem+json");
    // The refused cookies are cleared, not renewed.
    expect(setCookies(replay).orbis_session).toMatchObject({ value: "", attributes: { "max-age": "0" } });
    expect(setCookies(replay).orbis_refresh).toMatchObject({ value: "", attributes: { "max-age": "0", path: "/api/identity" } });
    // A replay right after rotation (two tabs) does not end the session: the new token still works.
    const again = await identity.call("POST", "/refresh", { cookie: cookie("orbis_refresh", renewed.orbis_refresh!.value) });
    expect(again.status).toBe(200);
  });

  it("revokes the whole session when a rotated token is replayed later (stolen token)", async () => {
    await seedUser(database, { email: "stolen@univ.test", roles: ["outgoing"] });
    const first = await login(identity, "stolen@univ.test");
    const r = await identity.call("POST", "/refresh", { cookie: cookie("orbis_refresh", first.refresh!) });
    const current = setCookies(r).orbis_refresh!.value;
    await database.db
      .update(sessions)
      .set({ revokedAt: new Date(Date.now() - REUSE_GRACE_MS - 1000) })
      .where(eq(sessions.id, tokenDigest(first.refresh!)));
    expect((await identity.call("POST", "/refresh", { cookie: cookie("orbis_refresh", first.refresh!) })).status).toBe(401);
    expect((await identity.call("POST", "/refresh", { cookie: cookie("orbis_refresh", current) })).status).toBe(401);
  });

  it("refuses a missing, unknown or expired refresh token", async () => {
    expect((await identity.call("POST", "/refresh")).status).toBe(401);
    expect((await identity.call("POST", "/refresh", { cookie: cookie("orbis_refresh", "made-up") })).status).toBe(401);
    await seedUser(database, { email: "late@univ.test", roles: ["outgoing"] });
    const first = await login(identity, "late@univ.test");
    await database.db.update(sessions).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(sessions.id, tokenDigest(first.refresh!)));
    expect((await identity.call("POST", "/refresh", { cookie: cookie("orbis_refresh", first.refresh!) })).status).toBe(401);
  });

  it("does not let a deactivated user refresh", async () => {
    const user = await seedUser(database, { email: "leaver@univ.test", roles: ["incoming"] });
    const first = await login(identity, "leaver@univ.test");
    await database.db.update(users).set({ active: false }).where(eq(users.id, user.id));
    const r = await identity.call("POST", "/refresh", { cookie: cookie("orbis_refresh", first.refresh!) });
    expect(r.status).toBe(401);
    expect((await identity.call("GET", "/me", { token: first.session! })).status).toBe(401);
  });

  it("logout revokes the refresh session and clears both cookies", async () => {
    await seedUser(database, { email: "bye@univ.test", roles: ["incoming"] });
    const first = await login(identity, "bye@univ.test");
    const r = await identity.call("POST", "/logout", { cookie: cookie("orbis_refresh", first.refresh!) });
    expect(r.status).toBe(204);
    const cleared = setCookies(r);
    expect(cleared.orbis_session).toMatchObject({ value: "", attributes: { path: "/", "max-age": "0" } });
    expect(cleared.orbis_refresh).toMatchObject({ value: "", attributes: { path: "/api/identity", "max-age": "0" } });
    expect((await identity.call("POST", "/refresh", { cookie: cookie("orbis_refresh", first.refresh!) })).status).toBe(401);
    const [row] = await database.db.select().from(sessions).where(eq(sessions.id, tokenDigest(first.refresh!)));
    expect(row).toMatchObject({ revokeReason: "logout" });
    // Signing out twice, or without a session, is harmless.
    expect((await identity.call("POST", "/logout")).status).toBe(204);
  });

  it("marks cookies Secure when COOKIE_SECURE is on", async () => {
    const secure = await startIdentity(database, { cookieSecure: true });
    await seedUser(database, { email: "https@univ.test", roles: ["incoming"] });
    const r = await login(secure, "https@univ.test");
    expect(r.cookies.orbis_session!.attributes.secure).toBe(true);
    expect(r.cookies.orbis_refresh!.attributes.secure).toBe(true);
  });
});

describe("tokens and keys", () => {
  it("publishes a JWKS that verifies a session token issued by /login", async () => {
    const jwks = await identity.call("GET", "/.well-known/jwks.json");
    expect(jwks.status).toBe(200);
    expect(jwks.json.keys[0]).toMatchObject({ kty: "EC", crv: "P-256", alg: "ES256", use: "sig" });
    expect(JSON.stringify(jwks.json)).not.toContain('"d"');
    const r = await login(identity, "ada@univ.test");
    const { payload, protectedHeader } = await jwtVerify(r.session!, createLocalJWKSet(jwks.json), {
      issuer: "orbis-identity",
      audience: "orbis",
    });
    expect(protectedHeader).toMatchObject({ alg: "ES256", kid: jwks.json.keys[0].kid });
    expect(payload).toMatchObject({ sub: r.json.sub, kind: "user", email: "ada@univ.test", roles: ["erasmus"] });
    expect(payload.exp! - payload.iat!).toBe(900);
  });

  it("refuses tokens it did not sign, and expired ones", async () => {
    const foreign = await createTestSigner();
    for (const token of [await foreign.sign(principalFor("admin")), "garbage"]) {
      expect((await identity.call("GET", "/me", { token })).status).toBe(401);
    }
    expect((await identity.call("GET", "/me")).status).toBe(401);
    const expired = await identity.keys.sign({ sub: "x", kind: "service", roles: ["service"], departments: [] }, -60);
    expect((await identity.call("GET", "/me", { token: expired })).status).toBe(401);
  });

  it("gives a service client a 10-minute token for its secret (JSON or form body)", async () => {
    const { secret } = await createServiceClient(database.db, { clientId: "erasmus-service", roles: ["service"], name: "Erasmus" });
    const json = await identity.call("POST", "/token", {
      body: { grant_type: "client_credentials", client_id: "erasmus-service", client_secret: secret },
    });
    expect(json.status).toBe(200);
    expect(json.json).toMatchObject({ token_type: "Bearer", expires_in: 600 });
    expect(json.headers.get("cache-control")).toBe("no-store");
    const form = await identity.call("POST", "/token", {
      raw: new URLSearchParams({ grant_type: "client_credentials", client_id: "erasmus-service", client_secret: secret }).toString(),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(form.status).toBe(200);
    const { payload } = await jwtVerify(form.json.access_token, createLocalJWKSet(identity.keys.jwks));
    expect(payload).toMatchObject({ sub: "erasmus-service", kind: "service", roles: ["service"], departments: [] });
    expect(payload.exp! - payload.iat!).toBe(600);
    expect(decodeProtectedHeader(form.json.access_token).kid).toBe(identity.keys.kid);
    const me = await identity.call("GET", "/me", { token: form.json.access_token });
    expect(me.status).toBe(200);
    expect(me.json).toEqual({ sub: "erasmus-service", kind: "service", name: "Erasmus", roles: ["service"], departments: [] });
  });

  it("refuses a wrong secret, an unknown client and a bad grant", async () => {
    const wrong = await identity.call("POST", "/token", {
      body: { grant_type: "client_credentials", client_id: "erasmus-service", client_secret: "not-it" },
    });
    expect(wrong.status).toBe(401);
    expect(wrong.json.code).toBe("invalid_credentials");
    const unknown = await identity.call("POST", "/token", {
      body: { grant_type: "client_credentials", client_id: "nobody", client_secret: "not-it" },
    });
    expect(unknown.status).toBe(401);
    expect(unknown.json.detail).toBe(wrong.json.detail);
    const grant = await identity.call("POST", "/token", { body: { grant_type: "password", client_id: "x" } });
    expect(grant.status).toBe(400);
    expect(grant.json.errors.map((e: { path: string }) => e.path).sort()).toEqual(["body.client_secret", "body.grant_type"]);
    expect((await identity.call("POST", "/token")).status).toBe(400);
  });
});
