import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build, startRegistry, type Registry } from "./harness";

let r: Registry;
let admin: string;

beforeAll(async () => {
  r = await startRegistry();
  admin = await r.tokenFor("admin");
  const deployer = await r.tokenFor("deployer");
  const publish = (name: string, metadata: Parameters<typeof build>[2]) =>
    r.call("POST", `/modules/${name}/versions`, { token: deployer, body: build(name, "1.0.0", metadata) });
  await publish("admin", { roles: ["admin"], order: 90 });
  await publish("erasmus", { roles: ["erasmus", "coordinator"], order: 10 });
  await publish("outgoing", { roles: ["outgoing", "coordinator"], order: 20 });
  await publish("incoming", { roles: ["incoming"], order: 20, framework: "vue" });
  await publish("governance", { roles: ["leadership"], order: 30 });
  await publish("dashboards", { roles: ["analyst", "leadership"], order: 30 });
});
afterAll(() => r.close());

const navOf = async (token: string) => {
  const res = await r.call("GET", "/nav", { token });
  expect(res.status).toBe(200);
  return res.json as Array<{ name: string }>;
};
const names = async (token: string) => (await navOf(token)).map((m) => m.name);

describe("GET /nav", () => {
  it("shows every live module to admin, ordered by order then name", async () => {
    expect(await names(admin)).toEqual(["erasmus", "incoming", "outgoing", "dashboards", "governance", "admin"]);
  });

  it("describes each entry for the shell", async () => {
    const [erasmus] = await navOf(await r.tokenFor("erasmus"));
    expect(erasmus).toEqual({
      name: "erasmus",
      route: "/erasmus",
      framework: "react",
      label: { fr: "Module erasmus", en: "erasmus module" },
      roles: ["erasmus", "coordinator"],
      version: "1.0.0",
      specifier: "@orbis/erasmus",
      cssUrls: ["/static/erasmus/1.0.0/style-1.0.0.css"],
    });
  });

  it("shows other callers only the modules their roles open", async () => {
    expect(await names(await r.tokenFor("erasmus"))).toEqual(["erasmus"]);
    expect(await names(await r.tokenFor("coordinator", ["CHINESE"]))).toEqual(["erasmus", "outgoing"]);
    expect(await names(await r.tokenFor("leadership"))).toEqual(["dashboards", "governance"]);
    expect(await names(await r.tokenFor("agreements"))).toEqual([]);
    expect(await names(await r.tokenFor("deployer"))).toEqual([]);
    const both = await r.signer.sign({ sub: "u1", kind: "user", roles: ["incoming", "analyst"], departments: [] });
    expect(await names(both)).toEqual(["incoming", "dashboards"]);
    const none = await r.signer.sign({ sub: "u2", kind: "user", roles: [], departments: [] });
    expect(await names(none)).toEqual([]);
  });

  it("leaves out disabled modules, for admin too", async () => {
    const erasmus = (await r.call("GET", "/modules/erasmus", { token: admin })).json;
    const off = await r.call("PATCH", "/modules/erasmus", { token: admin, body: { version: erasmus.version, enabled: false } });
    expect(off.status).toBe(200);
    expect(await names(await r.tokenFor("coordinator", ["CHINESE"]))).toEqual(["outgoing"]);
    expect(await names(admin)).not.toContain("erasmus");
    await r.call("PATCH", "/modules/erasmus", { token: admin, body: { version: off.json.version, enabled: true } });
    expect(await names(await r.tokenFor("erasmus"))).toEqual(["erasmus"]);
  });

  it("follows role and order changes made by an admin", async () => {
    const governance = (await r.call("GET", "/modules/governance", { token: admin })).json;
    const res = await r.call("PATCH", "/modules/governance", {
      token: admin,
      body: { version: governance.version, roles: ["leadership", "erasmus"], order: 0 },
    });
    expect(res.status).toBe(200);
    expect(await names(await r.tokenFor("erasmus"))).toEqual(["governance", "erasmus"]);
  });

  it("requires a signed-in caller", async () => {
    expect((await r.call("GET", "/nav")).status).toBe(401);
    expect((await r.call("GET", "/nav", { token: "garbage" })).status).toBe(401);
  });
});
