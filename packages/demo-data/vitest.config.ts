import { defineConfig } from "vitest/config";

// Generating a universe at scale 2 takes seconds on a busy 2-core machine: the default 5 s timeout is too tight.
export default defineConfig({ test: { testTimeout: 60_000 } });
