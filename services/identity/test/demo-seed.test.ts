import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IdentityDatabase } from "../src/db/database";
import { audit, departments, serviceClients, users } from "../src/db/schema";
import { DEMO_CLIENTS, DEMO_PASSWORD, seedDemo } from "../src/seed/demo";
import { demoIdentityData } from "../src/seed/demo-universe";
import { login, startIdentity, testDatabase, type Identity } from "./helpers";

let database: IdentityDatabase;
let identity: Identity;
const data = demoIdentityData();
const accounts = data.staff.filter((s) => s.roles.length > 0);

beforeAll(async () => {
  database = await testDatabase();
  identity = await startIdentity(database);
});
afterAll(() => database.close());

const counts = async () => ({
  departments: (await database.db.select().from(departments)).length,
  users: (await database.db.select().from(users)).length,
  clients: (await database.db.select().from(serviceClients)).length,
  audit: (await database.db.select().from(audit)).length,
});

describe("demo seed", () => {
  it("seeds the universe's departments, every staff member with roles and the demo service clients", async () => {
    expect(data.departments.length).toBeGreaterThan(0);
    expect(accounts.length).toBeGreaterThan(0);
    const seeded = await seedDemo(database.db, data);
    expect(seeded).toEqual({ departments: data.departments.length, users: accounts.length, clients: DEMO_CLIENTS.length });
    const ids = (await database.db.select({ id: users.id }).from(users)).map((u) => u.id).sort();
    expect(ids).toEqual(accounts.map((s) => s.id).sort());
  });

  it("lets the demo accounts sign in with orbis-demo, coordinators scoped to their departments", async () => {
    const admin = await login(identity, "admin@orbis.test", DEMO_PASSWORD);
    expect(admin.status).toBe(200);
    expect(admin.json.roles).toContain("admin");
    const coordinator = accounts.find((s) => s.roles.includes("coordinator"))!;
    const r = await login(identity, coordinator.email, DEMO_PASSWORD);
    expect(r.status).toBe(200);
    expect(r.json.departments).toEqual([...coordinator.scopes].sort());
    expect(r.json.sub).toBe(coordinator.id);
  });

  it("gives each demo service client a token with its roles", async () => {
    const expected: Record<string, string[]> = {
      deployer: ["deployer"],
      analytics: ["analytics"],
      "erasmus-service": ["service"],
      "incoming-service": ["service"],
      "outgoing-service": ["service"],
      "agreements-service": ["service"],
      "governance-service": ["service"],
      "registry-service": ["service"],
    };
    const secrets: Record<string, string> = {
      deployer: "orbis-demo-deployer",
      analytics: "orbis-demo-analytics",
      "erasmus-service": "orbis-demo-erasmus",
      "incoming-service": "orbis-demo-incoming",
      "outgoing-service": "orbis-demo-outgoing",
      "agreements-service": "orbis-demo-agreements",
      "governance-service": "orbis-demo-governance",
      "registry-service": "orbis-demo-registry",
    };
    for (const [clientId, roles] of Object.entries(expected)) {
      const r = await identity.call("POST", "/token", {
        body: { grant_type: "client_credentials", client_id: clientId, client_secret: secrets[clientId] },
      });
      expect(r.status, clientId).toBe(200);
      const me = await identity.call("GET", "/me", { token: r.json.access_token });
      expect(me.json).toMatchObject({ sub: clientId, kind: "service", roles });
    }
  });

  it("is idempotent: a second run adds nothing and keeps changes made since", async () => {
    const someone = accounts.find((s) => !s.roles.includes("admin"))!;
    await database.db.update(users).set({ name: "Renamed Since", active: false }).where(eq(users.id, someone.id));
    const before = await counts();
    expect(await seedDemo(database.db, demoIdentityData())).toEqual({ departments: 0, users: 0, clients: 0 });
    expect(await counts()).toEqual(before);
    const [row] = await database.db.select().from(users).where(eq(users.id, someone.id));
    expect(row).toMatchObject({ name: "Renamed Since", active: false });
  });

  it("writes no password or secret to the audit trail", async () => {
    const rows = await database.db.select().from(audit);
    expect(rows.filter((r) => r.action === "seed").length).toBe(data.departments.length + accounts.length + DEMO_CLIENTS.length);
    expect(JSON.stringify(rows)).not.toMatch(/scrypt|orbis-demo/);
  });
});
