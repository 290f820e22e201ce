import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startChild } from "../../../scripts/lib/children.mjs";
import { discoverServices, serviceUrls } from "../../../scripts/lib/services.mjs";
import { waitUntilReady } from "../../../scripts/lib/wait.mjs";
import { closedPort, listen } from "../server/http-helpers";

describe("service discovery", () => {
  let root: string;
  const pkg = (dir: string, content: object, main = true) => {
    mkdirSync(join(root, dir, "src"), { recursive: true });
    writeFileSync(join(root, dir, "package.json"), JSON.stringify(content));
    if (main) writeFileSync(join(root, dir, "src", "main.ts"), "");
  };

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "orbis-services-"));
    pkg("services/registry", { name: "@orbis/registry-service" });
    pkg("services/identity", { name: "@orbis/identity-service" });
    pkg("services/lab", { name: "@orbis/lab-service" });
    pkg("services/no-main", { name: "@orbis/half" }, false);
    pkg("analytics/warehouse", { name: "@orbis/warehouse", orbis: { service: "analytics" } });
    pkg("analytics/dashboards", { name: "@orbis/dashboards", orbis: { module: "dashboards" } });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("finds services/* with a src/main.ts and analytics packages that declare a service, in port order", () => {
    const found = discoverServices(root).map((s: { name: string; packageName: string }) => [s.name, s.packageName]);
    expect(found).toEqual([
      ["identity", "@orbis/identity-service"],
      ["registry", "@orbis/registry-service"],
      ["analytics", "@orbis/warehouse"],
      ["lab", "@orbis/lab-service"],
    ]);
  });

  it("keeps the platform's ports and gives new services the next ones", () => {
    const urls = serviceUrls(["identity", "lab"], 4200);
    expect(urls.identity).toBe("http://127.0.0.1:4201");
    expect(urls.analytics).toBe("http://127.0.0.1:4208");
    expect(urls.lab).toBe("http://127.0.0.1:4209");
  });
});

describe("child processes", () => {
  it("prefixes each output line with the child's name and keeps the last ones", async () => {
    const written: string[] = [];
    const child = startChild({
      name: "demo",
      command: process.execPath,
      args: ["-e", "console.log('one'); console.error('two'); console.log('three')"],
      cwd: process.cwd(),
      env: process.env,
      width: 6,
      write: (line: string) => written.push(line),
    });
    expect(await child.exited).toEqual({ code: 0, signal: null });
    expect(written.sort()).toEqual(["demo   │ one\n", "demo   │ three\n", "demo   │ two\n"]);
    expect(child.lastLines().sort()).toEqual(["one", "three", "two"]);
  });

  it("stops with SIGTERM, letting the child shut down", async () => {
    const written: string[] = [];
    const child = startChild({
      name: "svc",
      command: process.execPath,
      args: ["-e", "process.on('SIGTERM', () => { console.log('closing'); process.exit(0); }); console.log('up'); setInterval(() => {}, 1000);"],
      cwd: process.cwd(),
      env: process.env,
      write: (line: string) => written.push(line),
    });
    await new Promise<void>((resolve) => child.child.stdout.once("data", () => resolve()));
    expect(await child.stop()).toEqual({ code: 0, signal: null });
    expect(child.stopping).toBe(true);
    expect(written).toContain("svc │ closing\n");
  });

  it("kills a child that ignores SIGTERM after the grace period", async () => {
    const child = startChild({
      name: "stubborn",
      command: process.execPath,
      args: ["-e", "process.on('SIGTERM', () => {}); console.log('up'); setInterval(() => {}, 1000);"],
      cwd: process.cwd(),
      env: process.env,
      write: () => {},
    });
    await new Promise<void>((resolve) => child.child.stdout.once("data", () => resolve()));
    expect(await child.stop(300)).toEqual({ code: null, signal: "SIGKILL" });
  });
});

describe("waitUntilReady", () => {
  it("resolves once the URL answers 2xx", async () => {
    let calls = 0;
    const server = await listen(() => new Response(null, { status: ++calls < 3 ? 503 : 200 }));
    try {
      await waitUntilReady(`${server.url}/ready`, { intervalMs: 10, timeoutMs: 5_000 });
      expect(calls).toBe(3);
    } finally {
      await server.close();
    }
  });

  it("gives up when the process exits first, or when time runs out", async () => {
    const url = `http://127.0.0.1:${await closedPort()}/ready`;
    await expect(waitUntilReady(url, { exited: Promise.resolve(), intervalMs: 10 })).rejects.toThrow("exited before it was ready");
    await expect(waitUntilReady(url, { intervalMs: 10, timeoutMs: 100 })).rejects.toThrow(/not ready after 0 s \(ECONNREFUSED\)/);
  });
});
