import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { configFromEnv, repoRoot } from "../../server/config";
import { serviceUrlsFromEnv } from "../../server/service-urls";

const defaults = { sharedDir: "/shared", uiCssFiles: ["/ui/tokens.css"] };

describe("service URLs", () => {
  it("defaults to 127.0.0.1:41xx in the platform's order", () => {
    expect(serviceUrlsFromEnv({})).toEqual({
      identity: "http://127.0.0.1:4101",
      registry: "http://127.0.0.1:4102",
      erasmus: "http://127.0.0.1:4103",
      incoming: "http://127.0.0.1:4104",
      outgoing: "http://127.0.0.1:4105",
      agreements: "http://127.0.0.1:4106",
      governance: "http://127.0.0.1:4107",
      analytics: "http://127.0.0.1:4108",
    });
  });

  it("moves every default with ORBIS_PORT_BASE", () => {
    const urls = serviceUrlsFromEnv({ ORBIS_PORT_BASE: "4200" });
    expect(urls.identity).toBe("http://127.0.0.1:4201");
    expect(urls.analytics).toBe("http://127.0.0.1:4208");
  });

  it("takes <SERVICE>_URL, then SERVICE_URLS over it, and services SERVICE_URLS adds", () => {
    const urls = serviceUrlsFromEnv({
      REGISTRY_URL: "http://registry.internal:80/",
      IDENTITY_URL: "http://ignored:1",
      SERVICE_URLS: JSON.stringify({ identity: "https://id.internal", "lab-notes": "http://10.0.0.5:9000" }),
    });
    expect(urls.registry).toBe("http://registry.internal:80");
    expect(urls.identity).toBe("https://id.internal");
    expect(urls["lab-notes"]).toBe("http://10.0.0.5:9000");
  });

  it("rejects malformed settings with a message naming the variable", () => {
    expect(() => serviceUrlsFromEnv({ SERVICE_URLS: "{nope" })).toThrow(/SERVICE_URLS/);
    expect(() => serviceUrlsFromEnv({ SERVICE_URLS: '{"x":1}' })).toThrow(/SERVICE_URLS\.x/);
    expect(() => serviceUrlsFromEnv({ ERASMUS_URL: "ftp://x" })).toThrow(/erasmus/);
    expect(() => serviceUrlsFromEnv({ ORBIS_PORT_BASE: "abc" })).toThrow(/ORBIS_PORT_BASE/);
  });
});

describe("shell server config", () => {
  it("has local defaults", () => {
    const config = configFromEnv({}, defaults);
    expect(config.port).toBe(8080);
    expect(config.host).toBe("127.0.0.1");
    expect(config.staticDir).toBe(join(repoRoot, ".data", "static"));
    expect(config.shellDistDir).toBe(join(repoRoot, "shell", "dist"));
    expect(config.importMapTtlMs).toBeLessThanOrEqual(2_000);
    expect(config.devOrigins).toEqual([]);
  });

  it("reads PORT, HOST, STATIC_DIR, ORBIS_DATA_ROOT and DEV_ORIGINS", () => {
    expect(configFromEnv({ PORT: "9090", HOST: "0.0.0.0" }, defaults)).toMatchObject({ port: 9090, host: "0.0.0.0" });
    expect(configFromEnv({ ORBIS_DATA_ROOT: "/tmp/orbis-data" }, defaults).staticDir).toBe("/tmp/orbis-data/static");
    expect(configFromEnv({ ORBIS_DATA_ROOT: "/tmp/a", STATIC_DIR: "/srv/static" }, defaults).staticDir).toBe("/srv/static");
    expect(configFromEnv({ DEV_ORIGINS: "http://localhost:5173, http://127.0.0.1:5174" }, defaults).devOrigins).toEqual([
      "http://localhost:5173",
      "http://127.0.0.1:5174",
    ]);
    expect(() => configFromEnv({ PORT: "eighty" }, defaults)).toThrow(/PORT/);
    expect(() => configFromEnv({ DEV_ORIGINS: "http://localhost:5173/path" }, defaults)).toThrow(/DEV_ORIGINS/);
  });
});
