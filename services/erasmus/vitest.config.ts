import { defineConfig } from "vitest/config";

// PGlite takes a few seconds to start on this machine, and the harness starts three services (erasmus, outgoing, agreements).
export default defineConfig({ test: { testTimeout: 60_000, hookTimeout: 180_000 } });
