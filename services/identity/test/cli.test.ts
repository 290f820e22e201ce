import { spawn } from "node:child_process";
import { createServer } from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AccountError, createAdminAccount } from "../src/accounts/first-admin";
import { createServiceClient } from "../src/accounts/service-client";
import { openIdentityDatabase, type IdentityDatabase } from "../src/db/database";
import { audit, departments, serviceClients, users } from "../src/db/schema";
import { login, startIdentity, testDatabase } from "./helpers";

const SERVICE_DIR = join(import.meta.dirname, "..");
const STRONG = "Quartz-Pelican-Harbour-8";

function run(script: string, args: string[], options: { env?: Record<string, string>; stdin?: string; dataDir: string }) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: options.dataDir, PORT: "4197", LOG_LEVEL: "silent", ...options.env };
    delete env.DATABASE_URL;
    if (!options.env?.ORBIS_ADMIN_PASSWORD) delete env.ORBIS_ADMIN_PASSWORD;
    const child = spawn(join(SERVICE_DIR, "node_modules", ".bin", "tsx"), [join(SERVICE_DIR, "src", "cli", script), ...args], {
      cwd: SERVICE_DIR,
      env,
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += String(d)));
    child.stderr.on("data", (d) => (stderr += String(d)));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? "");
  });
}

// Each test spawns the CLI through tsx: on a busy 2-core machine a run can take half a minute.
describe("command line (PGlite folder)", { timeout: 180_000 }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), "orbis-identity-cli-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("create-admin refuses a weak password, then creates the first admin on an empty database (password on stdin)", async () => {
    const weak = await run("create-admin.ts", ["--email", "boss@univ.example", "--name", "Big Boss"], {
      dataDir,
      env: { ORBIS_ADMIN_PASSWORD: "password2024" },
    });
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/Password refused/);

    const ok = await run("create-admin.ts", ["--email", "Boss@Univ.example", "--name", "Big Boss"], { dataDir, stdin: `${STRONG}\n` });
    expect(ok.stderr).toBe("");
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/Administrator boss@univ\.example created/);
    expect(ok.stdout).not.toContain(STRONG);

    const again = await run("create-admin.ts", ["--email", "boss@univ.example", "--name", "Big Boss"], {
      dataDir,
      env: { ORBIS_ADMIN_PASSWORD: STRONG },
    });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);

    const usage = await run("create-admin.ts", ["--email", "x@univ.example"], { dataDir });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/Usage/);
  });

  it("create-client prints a secret once that the token endpoint accepts", async () => {
    const r = await run("create-client.ts", ["--id", "governance-service", "--roles", "service", "--name", "Governance"], { dataDir });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const secret = /Secret \(shown once, store it now\): (\S+)/.exec(r.stdout)?.[1];
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const bad = await run("create-client.ts", ["--id", "x", "--roles", "admin"], { dataDir });
    expect(bad.code).toBe(1);

    process.env.LOG_LEVEL = "silent";
    const database = await openIdentityDatabase({ dataDir });
    try {
      const identity = await startIdentity(database);
      const token = await identity.call("POST", "/token", {
        body: { grant_type: "client_credentials", client_id: "governance-service", client_secret: secret },
      });
      expect(token.status).toBe(200);
      const admin = await login(identity, "boss@univ.example", STRONG);
      expect(admin.status).toBe(200);
      expect(admin.json).toMatchObject({ roles: ["admin"], departments: [], user: { department: null } });
      const [stored] = await database.db.select().from(serviceClients).where(eq(serviceClients.clientId, "governance-service"));
      expect(stored!.secretHash).not.toContain(secret!);
    } finally {
      await database.close();
    }
  });
});

describe("command line safety", { timeout: 180_000 }, () => {
  it("refuses to open the embedded database while the identity service answers on its port", async () => {
    const server = createServer((req, res) => {
      res.statusCode = req.url === "/api/identity/health" ? 200 : 404;
      res.end("{}");
    });
    await new Promise<void>((resolve) => server.listen(4197, "127.0.0.1", resolve));
    try {
      const dataDir = mkdtempSync(join(tmpdir(), "orbis-identity-busy-"));
      const r = await run("create-client.ts", ["--id", "busy-service", "--roles", "service"], { dataDir });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/running on port 4197.*stop it first/s);
      rmSync(dataDir, { recursive: true, force: true });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe("account helpers (test database)", () => {
  let database: IdentityDatabase;
  beforeAll(async () => {
    database = await testDatabase();
  });
  afterAll(() => database.close());

  it("creates an admin with no department on a database without departments, audited as the CLI", async () => {
    expect(await database.db.select().from(departments)).toHaveLength(0);
    const user = await createAdminAccount(database.db, { email: "First@Univ.example", name: " First Admin ", password: STRONG });
    expect(user).toMatchObject({ email: "first@univ.example", name: "First Admin", roles: ["admin"], department: null, scopes: [] });
    const [row] = await database.db.select().from(audit).where(eq(audit.entityId, user.id));
    expect(row).toMatchObject({ actor: "create-admin", actorKind: "cli", action: "create" });
    await expect(createAdminAccount(database.db, { email: "first@univ.example", name: "Again", password: STRONG })).rejects.toThrow(AccountError);
    await expect(createAdminAccount(database.db, { email: "nope", name: "X", password: STRONG })).rejects.toThrow(/valid email/);
    await expect(createAdminAccount(database.db, { email: "other@univ.example", name: "Other", password: "123456789012" })).rejects.toThrow(
      /Password refused/,
    );
    expect(await database.db.select().from(users)).toHaveLength(1);
  });

  it("rotates a client's secret only when asked", async () => {
    const first = await createServiceClient(database.db, { clientId: "deployer", roles: ["deployer"] });
    await expect(createServiceClient(database.db, { clientId: "deployer", roles: ["deployer"] })).rejects.toThrow(/--rotate/);
    const second = await createServiceClient(database.db, { clientId: "deployer", roles: ["deployer"], rotate: true });
    expect(second.rotated).toBe(true);
    expect(second.secret).not.toBe(first.secret);
    const identity = await startIdentity(database);
    const body = (secret: string) => ({ grant_type: "client_credentials", client_id: "deployer", client_secret: secret });
    expect((await identity.call("POST", "/token", { body: body(first.secret) })).status).toBe(401);
    expect((await identity.call("POST", "/token", { body: body(second.secret) })).status).toBe(200);
    const trail = await database.db.select().from(audit).where(eq(audit.entityId, "deployer"));
    expect(trail.map((t) => t.action)).toEqual(["create", "rotate_secret"]);
    expect(JSON.stringify(trail)).not.toContain(second.secret);
  });
});
