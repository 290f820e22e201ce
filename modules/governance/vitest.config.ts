import { defineConfig } from "vitest/config";

// Its own config, so tests do not run through the module build preset (production React, library mode).
export default defineConfig({
  test: {
    environment: "happy-dom",
    setupFiles: ["test/setup.ts"],
  },
});
