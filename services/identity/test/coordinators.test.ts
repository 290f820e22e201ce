import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdminAccount } from "../src/accounts/first-admin";
import { createServiceClient } from "../src/accounts/service-client";
import type { IdentityDatabase } from "../src/db/database";
import { PASSWORD, seedDepartment, seedUser, sessionToken, startIdentity, testDatabase, type Identity } from "./helpers";

let database: IdentityDatabase;
let identity: Identity;

beforeAll(async () => {
  database = await testDatabase();
  identity = await startIdentity(database);
  for (const code of ["CHINESE", "ARABIC"]) await seedDepartment(database, code);
  await createAdminAccount(database.db, { email: "root@univ.test", name: "Root Admin", password: PASSWORD });
  await seedUser(database, { email: "li@univ.test", name: "Li Wei", roles: ["coordinator"], scopes: ["CHINESE"] });
  await seedUser(database, { email: "old@univ.test", name: "Ancien Coord", roles: ["coordinator"], scopes: ["ARABIC"], active: false });
  await seedUser(database, { email: "analyst@univ.test", roles: ["analyst"] });
});
afterAll(() => database.close());

async function serviceToken(clientId: string, roles: string[]) {
  const { secret } = await createServiceClient(database.db, { clientId, roles });
  const res = await identity.call("POST", "/token", { body: { grant_type: "client_credentials", client_id: clientId, client_secret: secret } });
  return res.json.access_token as string;
}

describe("GET /coordinators", () => {
  it("lists the coordinators and their departments to a service client, names and emails only", async () => {
    const res = await identity.call("GET", "/coordinators", { token: await serviceToken("governance-service", ["service"]) });
    expect(res.status).toBe(200);
    expect(res.json.items).toEqual([
      { id: expect.any(String), name: "Ancien Coord", email: "old@univ.test", scopes: ["ARABIC"], active: false },
      { id: expect.any(String), name: "Li Wei", email: "li@univ.test", scopes: ["CHINESE"], active: true },
    ]);
  });

  it("is open to administrators, refused to other staff and to anonymous callers", async () => {
    expect((await identity.call("GET", "/coordinators")).status).toBe(401);
    expect((await identity.call("GET", "/coordinators", { token: await sessionToken(identity, "analyst@univ.test") })).status).toBe(403);
    expect((await identity.call("GET", "/coordinators", { token: await serviceToken("deployer-test", ["deployer"]) })).status).toBe(403);
    expect((await identity.call("GET", "/coordinators", { token: await sessionToken(identity, "root@univ.test") })).status).toBe(200);
  });
});
