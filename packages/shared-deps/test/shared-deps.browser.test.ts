import { createRequire } from "node:module";
import type { Browser, Page } from "@playwright/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSharedManifest, sharedDepsDistDir, type SharedManifest } from "../src/index";
import { launchChromium } from "./chromium";
import { serveSharedDeps, type TestServer } from "./static-server";

const require = createRequire(import.meta.url);
const FACADE_SPECIFIERS = ["react", "react-dom", "react-dom/client", "react/jsx-runtime"] as const;

function productionExportNames(specifier: string): string[] {
  process.env.NODE_ENV = "production";
  return Object.keys(require(specifier) as object).filter((name) => name !== "default").sort();
}

const page = (importMap: SharedManifest, body: string) => `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>shared-deps</title>
<script type="importmap">${JSON.stringify(importMap)}</script></head>
<body><div id="root"></div>${body}</body></html>`;

const reactScript = `<script type="module">
import { useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { jsx, jsxs } from "react/jsx-runtime";
import { QueryClient, QueryClientProvider, useQuery } from "@tanstack/react-query";
function Greeting() {
  const [renders, setRenders] = useState(0);
  const query = useQuery({ queryKey: ["greeting"], queryFn: async () => "bonjour" });
  useEffect(() => { if (renders === 0) setRenders(1); }, [renders]);
  return jsxs("p", { id: "out", children: [query.data ?? "loading", ":", String(renders)] });
}
const client = new QueryClient();
createRoot(document.getElementById("root")).render(jsx(QueryClientProvider, { client, children: jsx(Greeting, {}) }));
</script>`;

const exportsScript = `<script type="module">
const specifiers = ${JSON.stringify(FACADE_SPECIFIERS)};
const result = {};
for (const specifier of specifiers) {
  const ns = await import(specifier);
  const names = Object.keys(ns).filter((name) => name !== "default").sort();
  result[specifier] = { names, defaultMatches: names.every((name) => ns.default[name] === ns[name]) };
}
window.__exports = result;
</script>`;

const vueScript = `<script type="module">
import { createApp, defineComponent, h } from "vue";
import { VueQueryPlugin, useQuery } from "@tanstack/vue-query";
const App = defineComponent({
  setup() {
    const query = useQuery({ queryKey: ["greeting"], queryFn: async () => "salut" });
    return () => h("p", { id: "out" }, query.data.value ?? "loading");
  },
});
createApp(App).use(VueQueryPlugin).mount("#root");
</script>`;

const singleSpaScript = (overridesUrl: string, overridesIntegrity: string) => `
<script src="${overridesUrl}" integrity="${overridesIntegrity}"></script>
<script type="module">
import { registerApplication, start } from "single-spa";
registerApplication({
  name: "demo",
  app: async () => ({
    bootstrap: async () => {},
    mount: async () => { document.getElementById("root").innerHTML = '<p id="out">single-spa mounted</p>'; },
    unmount: async () => { document.getElementById("root").innerHTML = ""; },
  }),
  activeWhen: () => true,
});
start();
window.__overrides = typeof window.importMapOverrides?.getOverrideMap;
</script>`;

const jsxScript = `<script type="module">
import("react/jsx-runtime").then(() => { window.__jsx = "loaded"; }, (error) => { window.__jsx = "failed: " + error; });
</script>`;

describe("shared-deps in Chromium through a native import map", () => {
  let manifest: SharedManifest;
  let server: TestServer;
  let browser: Browser;
  let pageErrors: string[] = [];

  async function open(path: string): Promise<Page> {
    pageErrors = [];
    const tab = await browser.newPage();
    tab.on("pageerror", (error) => pageErrors.push(`${path}: ${error.message}`));
    tab.on("console", (message) => {
      if (message.type() === "error") pageErrors.push(`${path}: ${message.text()}`);
    });
    await tab.goto(server.origin + path);
    return tab;
  }

  beforeAll(async () => {
    manifest = readSharedManifest();
    const jsxUrl = manifest.imports["react/jsx-runtime"]!;
    const tampered: SharedManifest = {
      imports: manifest.imports,
      integrity: { ...manifest.integrity, [jsxUrl]: `sha384-${"A".repeat(64)}` },
    };
    const overridesUrl = manifest.imports["import-map-overrides"]!;
    server = await serveSharedDeps(sharedDepsDistDir, {
      "/react.html": page(manifest, reactScript),
      "/exports.html": page(manifest, exportsScript),
      "/vue.html": page(manifest, vueScript),
      "/single-spa.html": page(manifest, singleSpaScript(overridesUrl, manifest.integrity[overridesUrl]!)),
      "/tampered.html": page(tampered, jsxScript),
    });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("renders with react-dom/client and react/jsx-runtime, and react-query's hooks share React", async () => {
    const tab = await open("/react.html");
    await expect.poll(() => tab.textContent("#out"), { timeout: 10_000 }).toBe("bonjour:1");
    expect(pageErrors).toEqual([]);
  });

  it("re-exports every production export of the CommonJS React packages, named and default", async () => {
    const tab = await open("/exports.html");
    await tab.waitForFunction("window.__exports !== undefined");
    const exported = (await tab.evaluate("window.__exports")) as Record<string, { names: string[]; defaultMatches: boolean }>;
    for (const specifier of FACADE_SPECIFIERS) {
      expect(exported[specifier]?.names, specifier).toEqual(productionExportNames(specifier));
      expect(exported[specifier]?.defaultMatches, specifier).toBe(true);
    }
    expect(exported["react-dom/client"]?.names).toContain("createRoot");
    expect(pageErrors).toEqual([]);
  });

  it("mounts a Vue app that uses vue-query on the shared Vue", async () => {
    const tab = await open("/vue.html");
    await expect.poll(() => tab.textContent("#out"), { timeout: 10_000 }).toBe("salut");
    expect(pageErrors).toEqual([]);
  });

  it("runs single-spa and loads import-map-overrides with its integrity", async () => {
    const tab = await open("/single-spa.html");
    await expect.poll(() => tab.textContent("#out"), { timeout: 10_000 }).toBe("single-spa mounted");
    expect(await tab.evaluate("window.__overrides")).toBe("function");
    expect(pageErrors).toEqual([]);
  });

  it("refuses a module whose integrity does not match (so the manifest's hashes are what Chromium checks)", async () => {
    const tab = await open("/tampered.html");
    await tab.waitForFunction("window.__jsx !== undefined");
    expect(String(await tab.evaluate("window.__jsx"))).toMatch(/^failed: /);
  });
});
