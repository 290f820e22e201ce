import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decodeProtectedHeader, exportPKCS8, generateKeyPair } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openIdentityDatabase, type IdentityDatabase } from "../src/db/database";
import { signingKeys } from "../src/db/schema";
import { login, seedUser, startIdentity, testDatabase } from "./helpers";

describe("signing keys across restarts (PGlite folder)", () => {
  const folder = mkdtempSync(join(tmpdir(), "orbis-identity-restart-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("creates a key at first start, keeps it, and accepts tokens and refresh cookies issued before the restart", async () => {
    process.env.LOG_LEVEL = "silent";
    const first = await openIdentityDatabase({ dataDir: folder });
    await first.migrate();
    const before = await startIdentity(first);
    await seedUser(first, { email: "restart@univ.test", roles: ["agreements"] });
    const session = await login(before, "restart@univ.test");
    expect(session.status).toBe(200);
    const jwksBefore = (await before.call("GET", "/.well-known/jwks.json")).json;
    await first.close();

    const second = await openIdentityDatabase({ dataDir: folder });
    await second.migrate();
    try {
      const after = await startIdentity(second);
      expect(after.keys.kid).toBe(before.keys.kid);
      expect((await after.call("GET", "/.well-known/jwks.json")).json).toEqual(jwksBefore);
      const me = await after.call("GET", "/me", { cookie: `orbis_session=${session.session}` });
      expect(me.status).toBe(200);
      expect(me.json.email).toBe("restart@univ.test");
      const refreshed = await after.call("POST", "/refresh", { cookie: `orbis_refresh=${session.refresh}` });
      expect(refreshed.status).toBe(200);
      expect(await second.db.select().from(signingKeys)).toHaveLength(1);
    } finally {
      await second.close();
    }
  });
});

describe("signing keys on the test database", () => {
  let database: IdentityDatabase;
  beforeAll(async () => {
    database = await testDatabase();
  });
  afterAll(() => database.close());

  it("reuses the stored key when the app is built again on the same database", async () => {
    const a = await startIdentity(database);
    const b = await startIdentity(database);
    expect(b.keys.kid).toBe(a.keys.kid);
    await seedUser(database, { email: "twice@univ.test", roles: ["analyst"] });
    const r = await login(a, "twice@univ.test");
    expect((await b.call("GET", "/me", { token: r.session! })).status).toBe(200);
    expect(await database.db.select().from(signingKeys)).toHaveLength(1);
  });

  it("signs with IDENTITY_SIGNING_KEY when given, still publishing the stored key", async () => {
    const stored = await startIdentity(database);
    const earlier = await login(stored, "twice@univ.test");
    const { privateKey } = await generateKeyPair("ES256", { extractable: true });
    const pem = await exportPKCS8(privateKey);
    const withEnv = await startIdentity(database, { signingKeyPem: pem });
    expect(withEnv.keys.kid).not.toBe(stored.keys.kid);
    const r = await login(withEnv, "twice@univ.test");
    expect(decodeProtectedHeader(r.session!).kid).toBe(withEnv.keys.kid);
    const kids = (await withEnv.call("GET", "/.well-known/jwks.json")).json.keys.map((k: { kid: string }) => k.kid);
    expect(kids).toEqual([withEnv.keys.kid, stored.keys.kid]);
    expect((await withEnv.call("GET", "/me", { token: r.session! })).status).toBe(200);
    expect((await withEnv.call("GET", "/me", { token: earlier.session! })).status).toBe(200);
    // The same PEM always gives the same key id; the key itself is not written to the database.
    expect((await startIdentity(database, { signingKeyPem: pem.replaceAll("\n", "\\n") })).keys.kid).toBe(withEnv.keys.kid);
    expect(await database.db.select().from(signingKeys)).toHaveLength(1);
  });

  it("refuses to start with a signing key that is not a P-256 PKCS8 PEM", async () => {
    await expect(startIdentity(database, { signingKeyPem: "-----BEGIN PRIVATE KEY-----\nnope\n-----END PRIVATE KEY-----" })).rejects.toThrow(
      /IDENTITY_SIGNING_KEY/,
    );
    const rsa = await generateKeyPair("RS256", { extractable: true });
    await expect(startIdentity(database, { signingKeyPem: await exportPKCS8(rsa.privateKey) })).rejects.toThrow(/IDENTITY_SIGNING_KEY/);
  });
});
