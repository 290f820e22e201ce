import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build, startRegistry, type Registry } from "./harness";

let r: Registry;
let admin: string;

beforeAll(async () => {
  r = await startRegistry();
  admin = await r.tokenFor("admin");
});
afterAll(() => r.close());

describe("concurrent publishes of one module", () => {
  it("records all 20, and the current version is the one committed last", async () => {
    const deployer = await r.tokenFor("deployer");
    const labels = Array.from({ length: 20 }, (_, i) => `1.0.${i}`);
    // The module does not exist yet: the first publishes also race to create it.
    const results = await Promise.all(
      labels.map((v) => r.call("POST", "/modules/mobility/versions", { token: deployer, body: build("mobility", v) })),
    );
    expect(results.map((res) => res.status)).toEqual(labels.map(() => 201));

    const versions = (await r.call("GET", "/modules/mobility/versions", { token: admin })).json;
    expect(versions.total).toBe(20);
    expect(versions.items.map((v: { version: string }) => v.version).sort()).toEqual([...labels].sort());

    const history = (await r.call("GET", "/events?module=mobility&limit=100", { token: admin })).json;
    expect(history.total).toBe(20);
    const chronological = [...history.items].reverse() as Array<{ action: string; fromVersion: string | null; toVersion: string }>;
    expect(chronological.every((e) => e.action === "publish")).toBe(true);
    // Serialized by the row lock: each publish replaced exactly the version the previous one made current.
    expect(chronological[0]!.fromVersion).toBeNull();
    chronological.slice(1).forEach((e, i) => expect(e.fromVersion).toBe(chronological[i]!.toVersion));
    expect(new Set(chronological.map((e) => e.toVersion)).size).toBe(20);

    const module = (await r.call("GET", "/modules/mobility", { token: admin })).json;
    const last = chronological.at(-1)!;
    expect(labels).toContain(module.currentVersion);
    expect(module.currentVersion).toBe(last.toVersion);
    expect(module.version).toBe(20);
    const flagged = versions.items.filter((v: { current: boolean }) => v.current);
    expect(flagged.map((v: { version: string }) => v.version)).toEqual([last.toVersion]);
    expect((await r.call("GET", "/importmap.json")).json.imports["@orbis/mobility"]).toBe(`/static/mobility/${last.toVersion}/spa-${last.toVersion}.js`);
  });

  it("lets two modules racing for the same route end with one owner and a 409", async () => {
    const deployer = await r.tokenFor("deployer");
    const [a, b] = await Promise.all([
      r.call("POST", "/modules/alpha/versions", { token: deployer, body: build("alpha", "1.0.0", { route: "/shared-route" }) }),
      r.call("POST", "/modules/beta/versions", { token: deployer, body: build("beta", "1.0.0", { route: "/shared-route" }) }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    expect((a.status === 409 ? a : b).json.code).toBe("conflict");
    const owners = (await r.call("GET", "/modules", { token: admin })).json.items.filter((m: { route: string }) => m.route === "/shared-route");
    expect(owners).toHaveLength(1);
  });
});
