import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { events, modules, moduleVersions } from "../src/db/schema";
import { build, paths, sri, startRegistry, type Registry } from "./harness";

let r: Registry;
let admin: string;
let deployer: string;

beforeAll(async () => {
  r = await startRegistry();
  admin = await r.tokenFor("admin");
  // A machine client as identity issues them: no email, so the history names it by its client id.
  deployer = await r.signer.sign({ sub: "deploy-cli", kind: "service", roles: ["deployer"], departments: [] });
});
afterAll(() => r.close());

const counts = async () => ({
  modules: (await r.db.select().from(modules)).length,
  versions: (await r.db.select().from(moduleVersions)).length,
  events: (await r.db.select().from(events)).length,
});

describe("first publish", () => {
  it("requires route, framework, roles and label, naming each missing field", async () => {
    const before = await counts();
    const res = await r.call("POST", "/modules/erasmus/versions", { token: deployer, body: build("erasmus", "1.0.0", "bare") });
    expect(res.status).toBe(400);
    expect(res.contentType).toContain("application/problem+json");
    expect(paths(res.json)).toEqual(["body.framework", "body.label", "body.roles", "body.route"]);
    const partial = await r.call("POST", "/modules/erasmus/versions", {
      token: deployer,
      body: { ...build("erasmus", "1.0.0", "bare"), route: "/erasmus", framework: "react" },
    });
    expect(paths(partial.json)).toEqual(["body.label", "body.roles"]);
    expect(await counts()).toEqual(before);
  });

  it("refuses a route the shell serves itself", async () => {
    const before = await counts();
    const res = await r.call("POST", "/modules/sneaky/versions", {
      token: deployer,
      body: { ...build("sneaky", "1.0.0", "bare"), route: "/api", framework: "react", roles: ["admin"], label: { fr: "S", en: "S" } },
    });
    expect(res.status).toBe(400);
    expect(paths(res.json)).toEqual(["body.route"]);
    expect(await counts()).toEqual(before);
  });

  it("registers the module with the version current, and tells who published", async () => {
    const res = await r.call("POST", "/modules/erasmus/versions", { token: deployer, body: build("erasmus", "1.0.0", { order: 10 }) });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      name: "erasmus",
      route: "/erasmus",
      framework: "react",
      roles: ["erasmus"],
      label: { fr: "Module erasmus", en: "erasmus module" },
      order: 10,
      enabled: true,
      currentVersion: "1.0.0",
      version: 1,
      current: {
        module: "erasmus",
        version: "1.0.0",
        entryUrl: "/static/erasmus/1.0.0/spa-1.0.0.js",
        cssUrls: ["/static/erasmus/1.0.0/style-1.0.0.css"],
        integrity: sri("erasmus@1.0.0"),
        publishedBy: "deploy-cli",
      },
    });
    const read = await r.call("GET", "/modules/erasmus", { token: admin });
    expect(read.status).toBe(200);
    expect(read.json).toEqual(res.json);
  });
});

describe("later publishes", () => {
  it("makes a new version current, keeps the metadata and bumps the record version", async () => {
    const res = await r.call("POST", "/modules/erasmus/versions", { token: admin, body: build("erasmus", "1.1.0", "bare") });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ currentVersion: "1.1.0", version: 2, route: "/erasmus", order: 10 });
    expect(res.json.current.publishedBy).toBe("admin@test.invalid");
  });

  it("keeps the roles, label and order administrators own when a later build sends others", async () => {
    const before = await r.call("GET", "/modules/erasmus", { token: admin });
    const res = await r.call("POST", "/modules/erasmus/versions", {
      token: deployer,
      body: build("erasmus", "1.2.0", { roles: ["erasmus", "coordinator"], label: { fr: "Autre", en: "Other" }, order: 99 }),
    });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ currentVersion: "1.2.0", roles: before.json.roles, label: before.json.label, order: before.json.order, version: 3 });
  });

  it("answers 200 and changes nothing when the same build is published again", async () => {
    const before = await counts();
    const res = await r.call("POST", "/modules/erasmus/versions", { token: deployer, body: build("erasmus", "1.1.0", "bare") });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ currentVersion: "1.2.0", version: 3 });
    expect(await counts()).toEqual(before);
  });

  it("refuses the same version label with different files: 409 duplicate", async () => {
    const before = await counts();
    const res = await r.call("POST", "/modules/erasmus/versions", {
      token: deployer,
      body: { ...build("erasmus", "1.1.0", "bare"), integrity: sri("something else") },
    });
    expect(res.status).toBe(409);
    expect(res.json.code).toBe("duplicate");
    expect(paths(res.json)).toEqual(["body.version"]);
    expect(await counts()).toEqual(before);
  });

  it("lists versions newest first, flagging the current one", async () => {
    const res = await r.call("GET", "/modules/erasmus/versions", { token: admin });
    expect(res.status).toBe(200);
    expect(res.json.total).toBe(3);
    expect(res.json.items.map((v: { version: string; current: boolean }) => [v.version, v.current])).toEqual([
      ["1.2.0", true],
      ["1.1.0", false],
      ["1.0.0", false],
    ]);
    const page = await r.call("GET", "/modules/erasmus/versions?limit=1&offset=1", { token: admin });
    expect(page.json).toMatchObject({ total: 3, items: [{ version: "1.1.0" }] });
    expect((await r.call("GET", "/modules/nobody/versions", { token: admin })).status).toBe(404);
    expect(paths((await r.call("GET", "/modules/erasmus/versions?limit=0", { token: admin })).json)).toEqual(["query.limit"]);
  });
});

describe("routes are unique", () => {
  it("refuses a first publish on a route another module uses: 409", async () => {
    const before = await counts();
    const res = await r.call("POST", "/modules/intruder/versions", { token: deployer, body: build("intruder", "1.0.0", { route: "/erasmus" }) });
    expect(res.status).toBe(409);
    expect(res.json.code).toBe("conflict");
    expect(paths(res.json)).toEqual(["body.route"]);
    expect(await counts()).toEqual(before);
  });

  it("refuses moving a module onto another module's route: 409", async () => {
    await r.call("POST", "/modules/incoming/versions", { token: deployer, body: build("incoming", "1.0.0", { framework: "vue", roles: ["incoming"] }) });
    const res = await r.call("POST", "/modules/incoming/versions", { token: deployer, body: build("incoming", "1.1.0", { route: "/erasmus" }) });
    expect(res.status).toBe(409);
    const read = await r.call("GET", "/modules/incoming", { token: admin });
    expect(read.json).toMatchObject({ route: "/incoming", currentVersion: "1.0.0" });
  });
});

describe("bad bodies answer 400 with the fields at fault and change nothing", () => {
  const cases: Array<[string, Record<string, unknown>, string[]]> = [
    ["a relative entry URL", { entryUrl: "static/erasmus/9.0.0/spa.js" }, ["body.entryUrl"]],
    ["a protocol-relative entry URL", { entryUrl: "//evil.example/x.js" }, ["body.entryUrl"]],
    ["an absolute URL on another origin", { entryUrl: "https://evil.example/x.js" }, ["body.entryUrl"]],
    ["a parent-relative entry URL", { entryUrl: "../x.js" }, ["body.entryUrl"]],
    ["a path climbing out of the static folder", { entryUrl: "/static/erasmus/9.0.0/../../admin/1.0.0/spa.js" }, ["body.entryUrl"]],
    ["an entry in another module's folder", { entryUrl: "/static/admin/9.0.0/spa.js" }, ["body.entryUrl"]],
    ["an entry in another version's folder", { entryUrl: "/static/erasmus/1.0.0/spa.js" }, ["body.entryUrl"]],
    ["a stylesheet on another host", { cssUrls: ["//evil.example/x.css"] }, ["body.cssUrls.0"]],
    ["a stylesheet outside the version folder", { cssUrls: ["/static/erasmus/9.0.0/a.css", "/shared/a.css"] }, ["body.cssUrls.1"]],
    ["an entry that is not JavaScript", { entryUrl: "/static/erasmus/9.0.0/spa.css" }, ["body.entryUrl"]],
    ["a bad integrity", { integrity: "md5-abc" }, ["body.integrity"]],
    ["an unknown role", { roles: ["wizard"] }, ["body.roles.0"]],
    ["a service role as audience", { roles: ["deployer"] }, ["body.roles.0"]],
    ["an empty role list", { roles: [] }, ["body.roles"]],
    ["an unknown framework", { framework: "angular" }, ["body.framework"]],
    ["a bad route", { route: "erasmus" }, ["body.route"]],
    ["a bad version label", { version: "../9" }, ["body.version"]],
    ["a missing entry", { entryUrl: undefined }, ["body.entryUrl"]],
  ];
  for (const [what, change, expected] of cases) {
    it(`refuses ${what}`, async () => {
      const before = await counts();
      const res = await r.call("POST", "/modules/erasmus/versions", { token: admin, body: { ...build("erasmus", "9.0.0"), ...change } });
      expect(res.status).toBe(400);
      expect(res.json.code).toBe("validation");
      expect(paths(res.json)).toEqual(expected);
      expect(await counts()).toEqual(before);
    });
  }

  it("refuses a bad module name in the path", async () => {
    const res = await r.call("POST", "/modules/Bad_Name/versions", { token: admin, body: build("erasmus", "9.0.0") });
    expect(res.status).toBe(400);
    expect(paths(res.json)).toEqual(["params.name"]);
  });

  it("refuses malformed JSON", async () => {
    const res = await r.call("POST", "/modules/erasmus/versions", { token: admin, raw: "{nope" });
    expect(res.status).toBe(400);
  });
});

describe("access", () => {
  it("answers 401 without a token on every non-public route", async () => {
    const routes: Array<[string, string, unknown?]> = [
      ["GET", "/nav"],
      ["GET", "/modules"],
      ["GET", "/modules/erasmus"],
      ["GET", "/modules/erasmus/versions"],
      ["POST", "/modules/erasmus/versions", build("erasmus", "9.0.0")],
      ["POST", "/modules/erasmus/rollback", { version: 1, to: "1.0.0" }],
      ["PATCH", "/modules/erasmus", { version: 1, enabled: false }],
      ["GET", "/events"],
      ["GET", "/audit"],
    ];
    for (const [method, path, body] of routes) {
      const res = await r.call(method, path, body === undefined ? {} : { body });
      expect(res.status, `${method} ${path}`).toBe(401);
    }
    expect((await r.call("GET", "/importmap.json")).status).toBe(200);
  });

  it("answers 403 to publish or roll back without admin or deployer", async () => {
    const before = await counts();
    for (const role of ["erasmus", "coordinator", "analytics", "service"]) {
      const token = await r.tokenFor(role);
      expect((await r.call("POST", "/modules/erasmus/versions", { token, body: build("erasmus", "9.0.0") })).status).toBe(403);
      expect((await r.call("POST", "/modules/erasmus/rollback", { token, body: { version: 3, to: "1.0.0" } })).status).toBe(403);
    }
    expect(await counts()).toEqual(before);
  });

  it("keeps the admin views to admins: a deployer may publish but not browse", async () => {
    for (const path of ["/modules", "/modules/erasmus", "/modules/erasmus/versions", "/events", "/audit"]) {
      expect((await r.call("GET", path, { token: deployer })).status, path).toBe(403);
      expect((await r.call("GET", path, { token: await r.tokenFor("erasmus") })).status, path).toBe(403);
    }
  });

  it("publishes each route's access rule in the OpenAPI document", async () => {
    const doc = (await r.call("GET", "/openapi.json")).json;
    expect(doc.paths["/api/registry/importmap.json"].get["x-orbis-access"]).toEqual(["public"]);
    expect(doc.paths["/api/registry/nav"].get["x-orbis-access"]).toEqual(["authenticated"]);
    expect(doc.paths["/api/registry/modules/{name}/versions"].post["x-orbis-access"]).toEqual(["admin", "deployer"]);
    expect(doc.paths["/api/registry/modules/{name}"].patch["x-orbis-access"]).toEqual(["admin"]);
  });
});

describe("module list", () => {
  it("pages and filters the modules, with a total", async () => {
    const all = await r.call("GET", "/modules", { token: admin });
    expect(all.status).toBe(200);
    expect(all.json.total).toBe(2);
    expect(all.json.items.map((m: { name: string }) => m.name)).toEqual(["erasmus", "incoming"]);
    const vue = await r.call("GET", "/modules?framework=vue", { token: admin });
    expect(vue.json).toMatchObject({ total: 1, items: [{ name: "incoming", current: { version: "1.0.0" } }] });
    const byRole = await r.call("GET", "/modules?role=erasmus", { token: admin });
    expect(byRole.json.items.map((m: { name: string }) => m.name)).toEqual(["erasmus"]);
    const page = await r.call("GET", "/modules?limit=1&offset=1", { token: admin });
    expect(page.json).toMatchObject({ total: 2, items: [{ name: "incoming" }] });
    const bad = await r.call("GET", "/modules?framework=angular&enabled=maybe", { token: admin });
    expect(bad.status).toBe(400);
    expect(paths(bad.json)).toEqual(["query.enabled", "query.framework"]);
    expect((await r.call("GET", "/modules/nobody", { token: admin })).status).toBe(404);
  });
});
