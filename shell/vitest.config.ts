import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The browser tests wait on real loads; a loaded CI machine (2 cores, other suites running) needs slack.
    expect: { poll: { timeout: 10_000, interval: 50 } },
  },
});
