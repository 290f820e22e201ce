import vue from "@vitejs/plugin-vue";
import { defineConfig } from "vitest/config";

// Its own config, so tests do not run through the module build preset (production build, library mode).
export default defineConfig({
  plugins: [vue()],
  test: { environment: "happy-dom" },
});
