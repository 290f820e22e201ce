import { existsSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import react from "@vitejs/plugin-react";
import vue from "@vitejs/plugin-vue";
import { SHARED_SPECIFIERS } from "@orbis/shared-deps";
import type { Plugin, PluginOption, UserConfig } from "vite";
import { scopeCss } from "./css-scope";
import { orbisModuleManifest } from "./module-manifest";

export type ModuleFramework = "react" | "vue";

export interface ModuleConfigOptions {
  /** Module name (lowercase, dashes): CSS scope class `.orbis-<name>`, import-map specifier `@orbis/<name>`. */
  name: string;
  framework: ModuleFramework;
  /** The module's folder (holding src/spa.ts or src/spa.tsx); usually `import.meta.dirname`. */
  dir: string;
  /**
   * `spa.js` / `style.css` instead of content-hashed names, for `vite build --watch` behind import-map-overrides.
   * Default: true when ORBIS_STABLE_NAMES=1.
   */
  stableNames?: boolean;
}

const ENTRY_CANDIDATES = ["src/spa.tsx", "src/spa.ts"];

/** The scope class of a module's container element and CSS. */
export const scopeClassOf = (name: string) => `orbis-${name}`;

function findEntry(dir: string): string {
  for (const candidate of ENTRY_CANDIDATES) {
    const path = join(dir, candidate);
    if (existsSync(path)) return path;
  }
  throw new Error(`defineModuleConfig: no ${ENTRY_CANDIDATES.join(" or ")} in ${dir}`);
}

/** True for the module's own files (its folder, outside node_modules); Vite ids may carry a ?query. */
function isOwnFile(dir: string, file: string | undefined): boolean {
  if (!file) return false;
  const path = file.split("?")[0]!;
  const fromDir = relative(dir, path);
  return !fromDir.startsWith("..") && !fromDir.split(sep).includes("node_modules");
}

const sharedSpecifiers: ReadonlySet<string> = new Set(SHARED_SPECIFIERS);

/**
 * Vite derives production mode from NODE_ENV; a module built with NODE_ENV=test or development would bundle React's
 * jsx-dev-runtime (not in the import map) and dev-only Vue code, so such a build stops here.
 */
function requireProductionBuild(): Plugin {
  return {
    name: "orbis-require-production",
    apply: "build",
    configResolved(config) {
      if (!config.isProduction) {
        throw new Error(`Module builds need NODE_ENV=production or unset (got ${JSON.stringify(process.env.NODE_ENV)})`);
      }
    },
  };
}

/**
 * Vite config for a module: an ES library build of src/spa.ts(x) with content-hashed names (`spa-<hash>.js`, one
 * `style-<hash>.css`), the shared libraries external (they come from the import map), the module's own CSS scoped
 * under `.orbis-<name>`, and dist/orbis-module.json for the deploy step.
 */
export function defineModuleConfig(options: ModuleConfigOptions): UserConfig {
  const { name, framework } = options;
  if (!/^[a-z][a-z0-9-]{1,39}$/.test(name)) throw new Error(`defineModuleConfig: invalid module name "${name}"`);
  const dir = resolve(options.dir);
  const stable = options.stableNames ?? process.env.ORBIS_STABLE_NAMES === "1";
  const hash = stable ? "" : "-[hash]";
  const frameworkPlugin: PluginOption = framework === "react" ? react() : vue();
  return {
    root: dir,
    base: "./",
    publicDir: false,
    define: { "process.env.NODE_ENV": JSON.stringify("production") },
    plugins: [requireProductionBuild(), frameworkPlugin, orbisModuleManifest(name)],
    css: {
      postcss: { plugins: [scopeCss({ scope: `.${scopeClassOf(name)}`, include: (file) => isOwnFile(dir, file) })] },
    },
    build: {
      outDir: join(dir, "dist"),
      emptyOutDir: true,
      target: "es2022",
      sourcemap: true,
      cssCodeSplit: false,
      minify: true,
      lib: { entry: findEntry(dir), formats: ["es"], fileName: () => `spa${hash}.js`, cssFileName: "style" },
      rolldownOptions: {
        external: (id) => sharedSpecifiers.has(id),
        output: {
          chunkFileNames: `chunk${hash}.js`,
          assetFileNames: (asset) =>
            asset.names.some((assetName) => assetName.endsWith(".css")) ? `style${hash}[extname]` : `assets/[name]${hash}[extname]`,
          minify: true,
        },
      },
    },
  };
}
