import { defineConfig } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "@orbis/test-kit/browser";

const port = Number(process.env.E2E_PORT ?? 8181);

// The whole intranet is started once, on a throw-away data folder and its own ports, by e2e/stack.mjs.
export default defineConfig({
  testDir: "./tests",
  globalSetup: "./global-setup.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "../test-results/e2e.json" }]],
  outputDir: "../test-results/e2e-artifacts",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    locale: "fr-FR",
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
  },
  webServer: {
    command: "node e2e/stack.mjs",
    cwd: "..",
    url: `http://127.0.0.1:${port}/api/registry/importmap.json`,
    // A loaded machine (several stacks on two cores) may need longer: E2E_STACK_TIMEOUT_MS.
    timeout: Number(process.env.E2E_STACK_TIMEOUT_MS ?? 300_000),
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? "warn", PORT: String(port), ORBIS_PORT_BASE: process.env.E2E_PORT_BASE ?? "4200" },
  },
});
