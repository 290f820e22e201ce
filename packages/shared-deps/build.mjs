// Builds the shared libraries as native ES modules with content-hashed names into dist/, and writes
// dist/manifest.json: { imports: { specifier: "/shared/<file>" }, integrity: { "/shared/<file>": "sha384-..." } }.
import { createHash } from "node:crypto";
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { basename, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";

const packageDir = fileURLToPath(new URL(".", import.meta.url));
const distDir = join(packageDir, "dist");
const facadeDir = join(packageDir, "node_modules", ".facades");
const publicPrefix = "/shared/";
const require = createRequire(import.meta.url);

// React 19 ships CommonJS only: each specifier gets a facade that re-exports the production build's names.
const reactEntries = {
  react: "react",
  "react-dom": "react-dom",
  "react-dom-client": "react-dom/client",
  "react-jsx-runtime": "react/jsx-runtime",
};
// ES-module packages bundled with every shared specifier external, so they use the one shared React / Vue.
const esmEntries = {
  "tanstack-react-query": "@tanstack/react-query",
  "tanstack-vue-query": "@tanstack/vue-query",
};
// Browser-ready files copied as shipped.
const copiedFiles = {
  vue: "vue/dist/vue.runtime.esm-browser.prod.js",
  "single-spa": "single-spa/lib/es2015/esm/single-spa.min.js",
  "import-map-overrides": "import-map-overrides/dist/import-map-overrides.js",
};
const externalSpecifiers = [...Object.values(reactEntries), "vue", "single-spa"];

const isIdentifier = (name) => /^[A-Za-z_$][\w$]*$/.test(name);

/** Lists the names a CommonJS module exports in production, by loading it in Node. */
function commonJsExportNames(specifier) {
  process.env.NODE_ENV = "production";
  const exported = require(specifier);
  return Object.keys(exported).filter((name) => name !== "default" && isIdentifier(name)).sort();
}

function commonJsFacade(specifier) {
  const names = commonJsExportNames(specifier);
  return [
    `import shared from ${JSON.stringify(specifier)};`,
    `export const { ${names.join(", ")} } = shared;`,
    "export default shared;",
    "",
  ].join("\n");
}

async function writeFacades() {
  await rm(facadeDir, { recursive: true, force: true });
  await mkdir(facadeDir, { recursive: true });
  const react = {};
  for (const [entryName, specifier] of Object.entries(reactEntries)) {
    react[entryName] = join(facadeDir, `${entryName}.js`);
    await writeFile(react[entryName], commonJsFacade(specifier));
  }
  const esm = {};
  for (const [entryName, specifier] of Object.entries(esmEntries)) {
    esm[entryName] = join(facadeDir, `${entryName}.js`);
    await writeFile(esm[entryName], `export * from ${JSON.stringify(specifier)};\n`);
  }
  return { react, esm };
}

/**
 * One multi-entry ES library build; entries become "<name>-<hash>.js", shared code "chunk-<hash>.js".
 * Returns entry name -> emitted file name.
 */
async function libraryBuild(entry, external) {
  const result = await build({
    configFile: false,
    root: packageDir,
    logLevel: "warn",
    mode: "production",
    define: { "process.env.NODE_ENV": JSON.stringify("production") },
    build: {
      outDir: distDir,
      emptyOutDir: false,
      minify: true,
      sourcemap: false,
      copyPublicDir: false,
      lib: { entry, formats: ["es"], fileName: (_format, entryName) => `${entryName}-[hash].js` },
      rolldownOptions: {
        external,
        // Lib mode keeps whitespace in ES output; these files are served as-is, so minify fully.
        output: { chunkFileNames: "chunk-[hash].js", minify: true },
        onLog(level, log, handler) {
          // TanStack's "use client" directives only matter to React Server Components bundlers.
          if (log.code === "MODULE_LEVEL_DIRECTIVE") return;
          handler(level, log);
        },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((bundle) => bundle.output);
  const files = {};
  for (const output of outputs) {
    if (output.type === "chunk" && output.isEntry) files[output.name] = output.fileName;
  }
  for (const entryName of Object.keys(entry)) {
    if (!files[entryName]) throw new Error(`shared-deps: no output for entry ${entryName}`);
  }
  return files;
}

const sha384 = (content) => `sha384-${createHash("sha384").update(content).digest("base64")}`;
const shortHash = (content) => createHash("sha256").update(content).digest("base64url").slice(0, 10);

async function copyHashed() {
  const files = {};
  for (const [name, specifierPath] of Object.entries(copiedFiles)) {
    // Direct dependencies are linked into this package's node_modules; some of these files are not in "exports".
    const source = join(packageDir, "node_modules", specifierPath);
    const fileName = `${name}-${shortHash(await readFile(source))}${extname(source)}`;
    await copyFile(source, join(distDir, fileName));
    files[name] = fileName;
  }
  return files;
}

async function writeManifest(entryFiles) {
  const fileNames = (await readdir(distDir)).filter((fileName) => fileName.endsWith(".js"));
  const specifiers = { ...reactEntries, ...esmEntries, ...Object.fromEntries(Object.keys(copiedFiles).map((n) => [n, n])) };
  const imports = {};
  for (const [entryName, specifier] of Object.entries(specifiers)) {
    imports[specifier] = publicPrefix + entryFiles[entryName];
  }
  const integrity = {};
  for (const fileName of fileNames.sort()) {
    integrity[publicPrefix + fileName] = sha384(await readFile(join(distDir, fileName)));
  }
  const manifest = { imports, integrity };
  await writeFile(join(distDir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

const started = Date.now();
await rm(distDir, { recursive: true, force: true });
await mkdir(distDir, { recursive: true });
const facades = await writeFacades();
const entryFiles = {
  ...(await libraryBuild(facades.react, [])),
  ...(await libraryBuild(facades.esm, externalSpecifiers)),
  ...(await copyHashed()),
};
const manifest = await writeManifest(entryFiles);
console.warn(
  `shared-deps: ${Object.keys(manifest.integrity).length} files in ${basename(distDir)}/ (${Date.now() - started} ms)`,
);
