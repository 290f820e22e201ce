import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { fakeRegistry } from "./fixture";
import { listen } from "./http-helpers";

const shellDir = fileURLToPath(new URL("../..", import.meta.url));

describe("server/main.ts", () => {
  it("listens on PORT/HOST, proxies to the configured services and stops cleanly on SIGTERM", async () => {
    const registry = await listen(fakeRegistry().app.fetch);
    const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
      cwd: shellDir,
      env: { ...process.env, PORT: "0", HOST: "127.0.0.1", REGISTRY_URL: registry.url, LOG_LEVEL: "info" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no "listening" line in:\n${output}`)), 20_000);
        child.stdout.on("data", () => {
          const match = /"msg":"listening","url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(output);
          if (match) {
            clearTimeout(timer);
            resolve(match[1]!);
          }
        });
      });
      const response = await fetch(`${url}/api/registry/importmap.json`);
      expect(response.status).toBe(200);
      expect(await response.json()).toHaveProperty("imports");

      child.kill("SIGTERM");
      const [code] = await once(child, "exit");
      expect(code).toBe(0);
      expect(output).toContain('"msg":"stopped"');
    } finally {
      child.kill("SIGKILL");
      await registry.close();
    }
  });
});
