import { defineConfig } from "vitest/config";

// PGlite takes a few seconds to start on this machine, far more when the shared cores are busy.
export default defineConfig({ test: { testTimeout: 60_000, hookTimeout: 180_000 } });
