import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { safeSegments } from "../../server/static-files";
import { fakeRegistry, startShell, type RunningShell } from "./fixture";
import { listen, rawGet, type Listening } from "./http-helpers";

const IMMUTABLE = "public, max-age=31536000, immutable";

describe("safeSegments", () => {
  it("accepts plain and encoded names", () => {
    expect(safeSegments("admin/1.0.0-ab/spa-x.js")).toEqual(["admin", "1.0.0-ab", "spa-x.js"]);
    expect(safeSegments("a/caf%C3%A9.txt")).toEqual(["a", "café.txt"]);
  });
  it.each(["", "..", "a/../b", "a/%2e%2e/b", "%2E%2E", "a/..%2fb", "a%2f..%2f..%2fetc", "a/..%5c..%5cb", "a//b", "a/./b", "a/%00", "a/%E0%A4%A"])(
    "refuses %j",
    (raw) => {
      expect(safeSegments(raw)).toBeNull();
    },
  );
});

describe("static files", () => {
  let registryServer: Listening;
  let shell: RunningShell;

  beforeAll(async () => {
    registryServer = await listen(fakeRegistry().app.fetch);
    shell = await startShell({ registry: registryServer.url });
  });
  afterAll(async () => {
    await shell.close();
    await registryServer.close();
  });

  it("serves a module's files from the store, immutable, with their content types", async () => {
    const js = await fetch(`${shell.url}/static/admin/1.0.0-abcdef12/spa-Xy12ab34.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(js.headers.get("cache-control")).toBe(IMMUTABLE);
    expect(js.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await js.text()).toBe("export function mount() {}\n");
    const css = await fetch(`${shell.url}/static/admin/1.0.0-abcdef12/style-Qw12er34.css`);
    expect(css.headers.get("content-type")).toBe("text/css; charset=utf-8");
    const map = await fetch(`${shell.url}/static/admin/1.0.0-abcdef12/spa-Xy12ab34.js.map`);
    expect(map.headers.get("content-type")).toBe("application/json; charset=utf-8");
  });

  it("serves the shell's hashed assets immutable and its other files revalidated", async () => {
    const asset = await fetch(`${shell.url}/shell/assets/index-AbCd1234.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get("cache-control")).toBe(IMMUTABLE);
    const icon = await fetch(`${shell.url}/shell/favicon.svg`);
    expect(icon.headers.get("content-type")).toBe("image/svg+xml");
    expect(icon.headers.get("cache-control")).toBe("no-cache");
  });

  it("serves the shared libraries immutable, their manifest revalidated", async () => {
    const lib = await fetch(`${shell.url}/shared/single-spa-DgvJrREcVG.js`);
    expect(lib.status).toBe(200);
    expect(lib.headers.get("cache-control")).toBe(IMMUTABLE);
    expect((await fetch(`${shell.url}/shared/manifest.json`)).headers.get("cache-control")).toBe("no-cache");
  });

  it("answers conditional requests with 304", async () => {
    const first = await fetch(`${shell.url}/shell/favicon.svg`);
    const etag = first.headers.get("etag");
    expect(etag).toBeTruthy();
    const again = await fetch(`${shell.url}/shell/favicon.svg`, { headers: { "if-none-match": etag! } });
    expect(again.status).toBe(304);
  });

  it("answers HEAD without a body", async () => {
    const head = await fetch(`${shell.url}/static/admin/1.0.0-abcdef12/spa-Xy12ab34.js`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe(String("export function mount() {}\n".length));
    expect(await head.text()).toBe("");
  });

  it("404s missing files and folders", async () => {
    for (const path of ["/static/admin/9.9.9/spa.js", "/static/admin", "/static/admin/1.0.0-abcdef12", "/shared/nope.js", "/shell/assets/"]) {
      expect((await fetch(`${shell.url}${path}`)).status, path).toBe(404);
    }
  });

  it.each([
    "/static/..%2f..%2fsecret.txt",
    "/static/..%2fsecret.txt",
    "/static/admin/..%2f..%2fsecret.txt",
    "/static/admin/%2e%2e%2f%2e%2e%2fsecret.txt",
    "/static/admin/..%5c..%5csecret.txt",
    "/static/%2e%2e/secret.txt",
    "/static/../secret.txt",
    "/shared/..%2f..%2fsecret.txt",
    "/shell/..%2fsecret.txt",
    "/static/admin/escape.txt",
    "/ui/..%2fsecret.txt",
  ])("refuses to leave its folder: %s", async (target) => {
    const response = await rawGet(shell.url, target);
    expect(response.body).not.toContain("TOP-SECRET");
    expect([400, 404]).toContain(response.status);
  });
});
