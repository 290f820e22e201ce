import { rm, utimes, writeFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build, sri, startRegistry, type Registry } from "./harness";

let r: Registry;
let deployer: string;
let admin: string;

const shared = {
  imports: { react: "/shared/react-abc.js", "react-dom/client": "/shared/react-dom-client-def.js" },
  integrity: { "/shared/react-abc.js": "sha384-cmVhY3Q=", "/shared/chunk-1.js": "sha384-Y2h1bms=" },
};

beforeAll(async () => {
  r = await startRegistry();
  deployer = await r.tokenFor("deployer");
  admin = await r.tokenFor("admin");
  await r.writeManifest(shared);
});
afterAll(() => r.close());

const importMap = (headers: Record<string, string> = {}) => r.call("GET", "/importmap.json", { headers });

describe("GET /importmap.json", () => {
  it("serves the shared libraries before any module is published, publicly and never cached unchecked", async () => {
    const res = await importMap();
    expect(res.status).toBe(200);
    expect(res.contentType).toContain("application/json");
    expect(res.headers.get("cache-control")).toBe("no-cache");
    expect(res.headers.get("etag")).toMatch(/^"[\w-]+"$/);
    expect(res.json).toEqual({ imports: shared.imports, integrity: shared.integrity });
  });

  it("adds each published module's current entry and its integrity", async () => {
    await r.call("POST", "/modules/erasmus/versions", { token: deployer, body: build("erasmus", "1.0.0") });
    await r.call("POST", "/modules/incoming/versions", { token: deployer, body: build("incoming", "2.0.0-abc", { framework: "vue", roles: ["incoming"] }) });
    const res = await importMap();
    expect(res.json.imports).toEqual({
      ...shared.imports,
      "@orbis/erasmus": "/static/erasmus/1.0.0/spa-1.0.0.js",
      "@orbis/incoming": "/static/incoming/2.0.0-abc/spa-2.0.0-abc.js",
    });
    expect(res.json.integrity).toEqual({
      ...shared.integrity,
      "/static/erasmus/1.0.0/spa-1.0.0.js": sri("erasmus@1.0.0"),
      "/static/incoming/2.0.0-abc/spa-2.0.0-abc.js": sri("incoming@2.0.0-abc"),
    });
  });

  it("follows a new publish, a rollback and the enabled switch", async () => {
    await r.call("POST", "/modules/erasmus/versions", { token: deployer, body: build("erasmus", "2.0.0", "bare") });
    expect((await importMap()).json.imports["@orbis/erasmus"]).toBe("/static/erasmus/2.0.0/spa-2.0.0.js");

    const module = (await r.call("GET", "/modules/erasmus", { token: admin })).json;
    await r.call("POST", "/modules/erasmus/rollback", { token: deployer, body: { version: module.version, to: "1.0.0" } });
    const rolledBack = (await importMap()).json;
    expect(rolledBack.imports["@orbis/erasmus"]).toBe("/static/erasmus/1.0.0/spa-1.0.0.js");
    expect(rolledBack.integrity["/static/erasmus/2.0.0/spa-2.0.0.js"]).toBeUndefined();

    const disabled = await r.call("PATCH", "/modules/erasmus", { token: admin, body: { version: module.version + 1, enabled: false } });
    expect(disabled.status).toBe(200);
    const without = (await importMap()).json;
    expect(without.imports["@orbis/erasmus"]).toBeUndefined();
    expect(without.integrity["/static/erasmus/1.0.0/spa-1.0.0.js"]).toBeUndefined();
    expect(without.imports["@orbis/incoming"]).toBeDefined();

    await r.call("PATCH", "/modules/erasmus", { token: admin, body: { version: disabled.json.version, enabled: true } });
    expect((await importMap()).json.imports["@orbis/erasmus"]).toBe("/static/erasmus/1.0.0/spa-1.0.0.js");
  });

  it("answers 304 to a matching If-None-Match, and a new ETag once the map changes", async () => {
    const first = await importMap();
    const etag = first.headers.get("etag")!;
    const again = await importMap({ "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(again.headers.get("cache-control")).toBe("no-cache");
    expect((await importMap({ "if-none-match": `"other", W/${etag}` })).status).toBe(304);
    expect((await importMap({ "if-none-match": '"stale"' })).status).toBe(200);

    await r.call("POST", "/modules/outgoing/versions", { token: deployer, body: build("outgoing", "1.0.0", { roles: ["outgoing"] }) });
    const changed = await importMap({ "if-none-match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
  });

  it("re-reads the manifest when the file changes, and serves modules only when it is missing", async () => {
    const rebuilt = { imports: { vue: "/shared/vue-new.js" }, integrity: { "/shared/vue-new.js": "sha384-dnVl" } };
    await writeFile(r.manifestPath, JSON.stringify(rebuilt));
    const later = new Date(Date.now() + 5_000);
    await utimes(r.manifestPath, later, later);
    const res = (await importMap()).json;
    expect(res.imports.vue).toBe("/shared/vue-new.js");
    expect(res.imports.react).toBeUndefined();
    expect(res.integrity["/shared/vue-new.js"]).toBe("sha384-dnVl");
    expect(res.imports["@orbis/erasmus"]).toBeDefined();

    await rm(r.manifestPath);
    const modulesOnly = await importMap();
    expect(modulesOnly.status).toBe(200);
    expect(Object.keys(modulesOnly.json.imports).sort()).toEqual(["@orbis/erasmus", "@orbis/incoming", "@orbis/outgoing"]);
    expect(Object.keys(modulesOnly.json.integrity)).toHaveLength(3);
  });

  it("keeps the last good manifest while the file is unreadable (caught mid-write)", async () => {
    await r.writeManifest(shared);
    expect((await importMap()).json.imports.react).toBe(shared.imports.react);
    await writeFile(r.manifestPath, '{"imports": {"react": ');
    const later = new Date(Date.now() + 10_000);
    await utimes(r.manifestPath, later, later);
    const res = await importMap();
    expect(res.status).toBe(200);
    expect(res.json.imports.react).toBe(shared.imports.react);
    await r.writeManifest({ imports: { react: "/shared/react-fixed.js" } });
    const fixed = new Date(Date.now() + 15_000);
    await utimes(r.manifestPath, fixed, fixed);
    expect((await importMap()).json.imports.react).toBe("/shared/react-fixed.js");
  });
});
