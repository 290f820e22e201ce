import { defineConfig } from "vitest/config";

// PGlite takes a few seconds to start on this machine.
export default defineConfig({ test: { testTimeout: 60_000, hookTimeout: 60_000 } });
