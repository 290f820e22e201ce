import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Hono } from "hono";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { deployModule, versionOf } from "../../../scripts/lib/deploy.mjs";
import { listen, type Listening } from "../server/http-helpers";

const CONTENT_HASH = "0123456789abcdef";
const VERSION = `1.2.0-${CONTENT_HASH.slice(0, 8)}`;

/** identity's token endpoint and the registry's import map and publish endpoint, as seen through the shell. */
function fakeOrbis() {
  const state = {
    imports: {} as Record<string, string>,
    published: [] as { authorization: string | undefined; body: Record<string, unknown> }[],
    tokenRequests: [] as unknown[],
    publishStatus: 201 as 200 | 201 | 409,
  };
  const app = new Hono();
  app.post("/api/identity/token", async (c) => {
    const body = await c.req.json<{ client_id: string; client_secret: string }>();
    state.tokenRequests.push(body);
    if (body.client_secret !== "s3cret") {
      return c.body(JSON.stringify({ title: "Invalid email or password", detail: "Unknown client or wrong secret.", status: 401, code: "invalid_credentials" }), 401, { "content-type": "application/problem+json" });
    }
    return c.json({ access_token: "deploy-token", token_type: "Bearer", expires_in: 300 });
  });
  app.get("/api/registry/importmap.json", (c) => c.json({ imports: state.imports }));
  app.post("/api/registry/modules/:name/versions", async (c) => {
    const body = await c.req.json<Record<string, unknown>>();
    state.published.push({ authorization: c.req.header("authorization"), body });
    if (state.publishStatus === 409) {
      return c.body(JSON.stringify({ title: "Already exists", status: 409, code: "duplicate", errors: [{ path: "body.version", message: "taken" }] }), 409, { "content-type": "application/problem+json" });
    }
    return c.json({ name: c.req.param("name"), currentVersion: body.version }, state.publishStatus);
  });
  return { app, state };
}

function makeModule(root: string) {
  const dir = join(root, "modules", "erasmus");
  mkdirSync(join(dir, "dist", "assets"), { recursive: true });
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({
      name: "@orbis/erasmus-module",
      version: "1.2.0",
      orbis: { module: "erasmus", route: "/erasmus", framework: "react", roles: ["erasmus"], label: { fr: "Erasmus+", en: "Erasmus+" }, order: 10 },
    }),
  );
  writeFileSync(join(dir, "dist", "spa-AbC123.js"), "export const mount = 1;\n");
  writeFileSync(join(dir, "dist", "style-XyZ789.css"), ".orbis-erasmus{}\n");
  writeFileSync(join(dir, "dist", "assets", "logo-Qq1.svg"), "<svg/>");
  writeFileSync(
    join(dir, "dist", "orbis-module.json"),
    JSON.stringify({ name: "erasmus", entry: "spa-AbC123.js", css: ["style-XyZ789.css"], integrity: "sha384-abc", contentHash: CONTENT_HASH }),
  );
  return dir;
}

describe("deployModule", () => {
  let root: string;
  let moduleDir: string;
  let store: string;
  let orbis: ReturnType<typeof fakeOrbis>;
  let server: Listening;
  const lines: string[] = [];

  const deploy = (options: { ifChanged?: boolean; clientSecret?: string } = {}) =>
    deployModule({
      target: moduleDir,
      orbisUrl: server.url,
      storeDir: store,
      clientId: "deployer",
      clientSecret: options.clientSecret ?? "s3cret",
      ifChanged: options.ifChanged ?? false,
      skipBuild: true,
      log: (line: string) => lines.push(line),
    });

  beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), "orbis-deploy-"));
    moduleDir = makeModule(root);
    store = join(root, "store");
    orbis = fakeOrbis();
    server = await listen(orbis.app.fetch);
    lines.length = 0;
  });
  afterEach(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it("names a version after the package version and the build's content hash", () => {
    expect(versionOf("1.2.0", CONTENT_HASH)).toBe(VERSION);
  });

  it("copies the build into <store>/<name>/<version>/ and publishes it with the deploy token", async () => {
    const result = await deploy();
    expect(result).toEqual({ name: "erasmus", version: VERSION, outcome: "published" });
    const target = join(store, "erasmus", VERSION);
    expect(readdirSync(target).sort()).toEqual(["assets", "orbis-module.json", "spa-AbC123.js", "style-XyZ789.css"]);
    expect(readFileSync(join(target, "assets", "logo-Qq1.svg"), "utf8")).toBe("<svg/>");
    expect(readdirSync(join(store, "erasmus"))).toEqual([VERSION]);
    expect(orbis.state.tokenRequests).toEqual([{ grant_type: "client_credentials", client_id: "deployer", client_secret: "s3cret" }]);
    expect(orbis.state.published).toEqual([
      {
        authorization: "Bearer deploy-token",
        body: {
          version: VERSION,
          entryUrl: `/static/erasmus/${VERSION}/spa-AbC123.js`,
          cssUrls: [`/static/erasmus/${VERSION}/style-XyZ789.css`],
          integrity: "sha384-abc",
          route: "/erasmus",
          framework: "react",
          roles: ["erasmus"],
          label: { fr: "Erasmus+", en: "Erasmus+" },
          order: 10,
        },
      },
    ]);
    expect(lines).toContain(`published: /static/erasmus/${VERSION}/spa-AbC123.js is now current`);
  });

  it("with --if-changed, skips a build the registry already serves", async () => {
    orbis.state.imports["@orbis/erasmus"] = `/static/erasmus/${VERSION}/spa-AbC123.js`;
    expect(await deploy({ ifChanged: true })).toMatchObject({ outcome: "skipped" });
    expect(orbis.state.published).toHaveLength(0);

    orbis.state.imports["@orbis/erasmus"] = "/static/erasmus/1.1.0-ffffffff/spa-Old.js";
    expect(await deploy({ ifChanged: true })).toMatchObject({ outcome: "published" });
    expect(lines).toContain("current version is 1.1.0-ffffffff");
  });

  it("reports a build the registry already had as unchanged", async () => {
    orbis.state.publishStatus = 200;
    expect(await deploy()).toMatchObject({ outcome: "unchanged" });
  });

  it("leaves files of a version already in the store as they are", async () => {
    mkdirSync(join(store, "erasmus", VERSION), { recursive: true });
    writeFileSync(join(store, "erasmus", VERSION, "marker"), "kept");
    await deploy();
    expect(readdirSync(join(store, "erasmus", VERSION))).toEqual(["marker"]);
  });

  it("fails with the service's problem details", async () => {
    await expect(deploy({ clientSecret: "wrong" })).rejects.toThrow(
      "POST /api/identity/token answered 401 (Invalid email or password: Unknown client or wrong secret.)",
    );
    orbis.state.publishStatus = 409;
    await expect(deploy()).rejects.toThrow("answered 409 (Already exists; body.version: taken)");
  });

  it("refuses a module without its orbis metadata or build manifest", async () => {
    writeFileSync(join(moduleDir, "package.json"), JSON.stringify({ name: "x", version: "1.0.0", orbis: { module: "erasmus", route: "erasmus" } }));
    await expect(deploy()).rejects.toThrow(/orbis\.route must look like "\/erasmus".*orbis\.framework/);
    makeModule(root);
    rmSync(join(moduleDir, "dist", "orbis-module.json"));
    await expect(deploy()).rejects.toThrow(/Build manifest \(is the module built\?\) not found/);
  });
});
