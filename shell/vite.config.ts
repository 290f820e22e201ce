import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

/**
 * The shell's browser code: index.html (the template the shell server fills with the import map) and one hashed
 * entry under /shell/assets/. single-spa stays a bare import, resolved by the import map to the one shared copy
 * the modules use too.
 */
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/shell/",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    sourcemap: true,
    // Browsers with import maps have modulepreload: no polyfill.
    modulePreload: { polyfill: false },
    rolldownOptions: { external: ["single-spa"] },
  },
});
