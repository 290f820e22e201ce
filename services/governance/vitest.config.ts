import { defineConfig } from "vitest/config";

// Three PGlite databases (governance, agreements, identity) start per file: slow on a shared two-core machine.
export default defineConfig({ test: { testTimeout: 120_000, hookTimeout: 300_000 } });
