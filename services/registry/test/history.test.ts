import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { audit, events, modules } from "../src/db/schema";
import { build, paths, startRegistry, type Registry } from "./harness";

let r: Registry;
let admin: string;
let deployer: string;

beforeAll(async () => {
  r = await startRegistry();
  admin = await r.tokenFor("admin");
  deployer = await r.signer.sign({ sub: "deploy-cli", kind: "service", roles: ["deployer"], departments: [] });
});
afterAll(() => r.close());

const entry = async (name: string) => (await r.call("GET", `/modules/${name}`, { token: admin })).json;
const counts = async () => ({
  events: (await r.db.select().from(events)).length,
  audit: (await r.db.select().from(audit)).length,
  modules: JSON.stringify(await r.db.select().from(modules).orderBy(modules.name)),
});

describe("publish, publish, rollback", () => {
  it("moves the import map to v2 then back to v1, and records each step with its actor", async () => {
    expect((await r.call("POST", "/modules/erasmus/versions", { token: deployer, body: build("erasmus", "1.0.0") })).status).toBe(201);
    expect((await r.call("POST", "/modules/erasmus/versions", { token: admin, body: build("erasmus", "2.0.0", "bare") })).status).toBe(201);
    expect((await r.call("GET", "/importmap.json")).json.imports["@orbis/erasmus"]).toBe("/static/erasmus/2.0.0/spa-2.0.0.js");

    const current = await entry("erasmus");
    expect(current).toMatchObject({ currentVersion: "2.0.0", version: 2 });
    const rolled = await r.call("POST", "/modules/erasmus/rollback", { token: deployer, body: { version: 2, to: "1.0.0" } });
    expect(rolled.status).toBe(200);
    expect(rolled.json).toMatchObject({ currentVersion: "1.0.0", version: 3, current: { version: "1.0.0", publishedBy: "deploy-cli" } });
    expect((await r.call("GET", "/importmap.json")).json.imports["@orbis/erasmus"]).toBe("/static/erasmus/1.0.0/spa-1.0.0.js");

    const history = await r.call("GET", "/events?module=erasmus", { token: admin });
    expect(history.status).toBe(200);
    expect(history.json.total).toBe(3);
    expect(history.json.items.map((e: Record<string, unknown>) => [e.action, e.fromVersion, e.toVersion, e.actor])).toEqual([
      ["rollback", "2.0.0", "1.0.0", "deploy-cli"],
      ["publish", "1.0.0", "2.0.0", "admin@test.invalid"],
      ["publish", null, "1.0.0", "deploy-cli"],
    ]);
    for (const e of history.json.items) expect(Number.isNaN(Date.parse(e.at))).toBe(false);

    const versions = (await r.call("GET", "/modules/erasmus/versions", { token: admin })).json.items;
    expect(versions.map((v: { version: string; current: boolean }) => [v.version, v.current])).toEqual([
      ["2.0.0", false],
      ["1.0.0", true],
    ]);
  });

  it("can roll forward to a later version again", async () => {
    const res = await r.call("POST", "/modules/erasmus/rollback", { token: admin, body: { version: 3, to: "2.0.0" } });
    expect(res.status).toBe(200);
    expect(res.json.currentVersion).toBe("2.0.0");
  });
});

describe("rollback refusals change nothing", () => {
  it("refuses a stale module version with 409", async () => {
    const before = await counts();
    const res = await r.call("POST", "/modules/erasmus/rollback", { token: admin, body: { version: 2, to: "1.0.0" } });
    expect(res.status).toBe(409);
    expect(res.json.code).toBe("stale_version");
    expect(await counts()).toEqual(before);
  });

  it("lets only one of two rollbacks from the same version win", async () => {
    const { version } = await entry("erasmus");
    const [a, b] = await Promise.all([
      r.call("POST", "/modules/erasmus/rollback", { token: admin, body: { version, to: "1.0.0" } }),
      r.call("POST", "/modules/erasmus/rollback", { token: deployer, body: { version, to: "1.0.0" } }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect(await entry("erasmus")).toMatchObject({ currentVersion: "1.0.0", version: version + 1 });
  });

  it("answers 404 for a version never published and 400 for the current one", async () => {
    const { version } = await entry("erasmus");
    const before = await counts();
    const unknown = await r.call("POST", "/modules/erasmus/rollback", { token: admin, body: { version, to: "0.9.0" } });
    expect(unknown.status).toBe(404);
    expect(paths(unknown.json)).toEqual(["body.to"]);
    const same = await r.call("POST", "/modules/erasmus/rollback", { token: admin, body: { version, to: "1.0.0" } });
    expect(same.status).toBe(400);
    expect(paths(same.json)).toEqual(["body.to"]);
    expect((await r.call("POST", "/modules/nobody/rollback", { token: admin, body: { version: 1, to: "1.0.0" } })).status).toBe(404);
    expect(await counts()).toEqual(before);
  });

  it("names the bad fields of a malformed body", async () => {
    const before = await counts();
    const res = await r.call("POST", "/modules/erasmus/rollback", { token: admin, body: { version: 0, to: "../1" } });
    expect(res.status).toBe(400);
    expect(paths(res.json)).toEqual(["body.to", "body.version"]);
    const missing = await r.call("POST", "/modules/erasmus/rollback", { token: admin, body: {} });
    expect(paths(missing.json)).toEqual(["body.to", "body.version"]);
    expect(await counts()).toEqual(before);
  });
});

describe("PATCH /modules/:name", () => {
  it("edits metadata with the record version, recording an update event and an audit row", async () => {
    const { version } = await entry("erasmus");
    const res = await r.call("PATCH", "/modules/erasmus", {
      token: admin,
      body: { version, roles: ["erasmus", "coordinator"], label: { fr: "Erasmus+", en: "Erasmus+ (EN)" }, order: 5, enabled: false },
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      roles: ["erasmus", "coordinator"],
      label: { fr: "Erasmus+", en: "Erasmus+ (EN)" },
      order: 5,
      enabled: false,
      version: version + 1,
      currentVersion: "1.0.0",
      current: { version: "1.0.0" },
    });
    const [latest] = (await r.call("GET", "/events?module=erasmus&limit=1", { token: admin })).json.items;
    expect(latest).toMatchObject({ action: "update", actor: "admin@test.invalid", fromVersion: null, toVersion: null });
    const trail = (await r.call("GET", "/audit?entity=module&entityId=erasmus&limit=1", { token: admin })).json;
    expect(trail.items[0]).toMatchObject({
      action: "update",
      actor: "admin@test.invalid",
      actorKind: "user",
      before: { enabled: true, order: 100 },
      after: { enabled: false, order: 5 },
    });
  });

  it("refuses a stale version (409), an empty change, bad fields (400), non-admins (403) and changes nothing", async () => {
    const { version } = await entry("erasmus");
    const before = await counts();
    const stale = await r.call("PATCH", "/modules/erasmus", { token: admin, body: { version: version - 1, enabled: true } });
    expect(stale.status).toBe(409);
    expect(stale.json.code).toBe("stale_version");
    const empty = await r.call("PATCH", "/modules/erasmus", { token: admin, body: { version } });
    expect(empty.status).toBe(400);
    expect(paths(empty.json)).toEqual(["body"]);
    const bad = await r.call("PATCH", "/modules/erasmus", {
      token: admin,
      body: { version, roles: ["wizard"], order: -1, enabled: "yes", label: { fr: "" } },
    });
    expect(bad.status).toBe(400);
    expect(paths(bad.json)).toEqual(["body.enabled", "body.label.en", "body.label.fr", "body.order", "body.roles.0"]);
    expect((await r.call("PATCH", "/modules/erasmus", { token: deployer, body: { version, enabled: true } })).status).toBe(403);
    expect((await r.call("PATCH", "/modules/erasmus", { token: await r.tokenFor("erasmus"), body: { version, enabled: true } })).status).toBe(403);
    expect((await r.call("PATCH", "/modules/nobody", { token: admin, body: { version: 1, enabled: true } })).status).toBe(404);
    expect(await counts()).toEqual(before);
  });
});

describe("GET /events and GET /audit", () => {
  it("pages and filters the history", async () => {
    await r.call("POST", "/modules/incoming/versions", { token: deployer, body: build("incoming", "1.0.0", { framework: "vue", roles: ["incoming"] }) });
    const all = (await r.call("GET", "/events", { token: admin })).json;
    expect(all.items[0]).toMatchObject({ module: "incoming", action: "publish" });
    expect(all.total).toBe(all.items.length);
    const rollbacks = (await r.call("GET", "/events?action=rollback", { token: admin })).json;
    expect(rollbacks.items.every((e: { action: string }) => e.action === "rollback")).toBe(true);
    expect(rollbacks.total).toBe(3);
    const page = (await r.call("GET", "/events?limit=2&offset=1", { token: admin })).json;
    expect(page.items.map((e: { id: number }) => e.id)).toEqual(all.items.slice(1, 3).map((e: { id: number }) => e.id));
    const bad = await r.call("GET", "/events?module=Bad_Name&limit=9999&action=delete", { token: admin });
    expect(bad.status).toBe(400);
    expect(paths(bad.json)).toEqual(["query.action", "query.limit", "query.module"]);
  });

  it("keeps an audit row for every change, with who did it and the request id", async () => {
    const trail = (await r.call("GET", "/audit?entity=module", { token: admin })).json;
    const eventTotal = (await r.call("GET", "/events", { token: admin })).json.total;
    expect(trail.total).toBe(eventTotal);
    const publish = trail.items.find((a: { action: string; entityId: string }) => a.action === "publish" && a.entityId === "incoming");
    expect(publish).toMatchObject({ actor: "deploy-cli", actorKind: "service", before: null, after: { name: "incoming", published: { version: "1.0.0" } } });
    expect(publish.requestId).toBeTruthy();
    expect((await r.call("GET", "/audit?limit=0", { token: admin })).status).toBe(400);
  });
});
