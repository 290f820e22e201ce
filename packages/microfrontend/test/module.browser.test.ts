import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, normalize } from "node:path";
import type { Browser, Page } from "@playwright/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSharedManifest, sharedDepsDistDir } from "@orbis/shared-deps";
import { buildFixture, type BuiltFixture } from "./build-fixture";
import { launchChromium } from "./chromium";
import { user } from "./fixtures";

const FRAMEWORKS = ["react", "vue"] as const;
const CONTENT_TYPES: Record<string, string> = { ".js": "text/javascript", ".css": "text/css", ".html": "text/html" };

function harnessPage(importMap: object, cssByModule: Record<string, string[]>): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>modules</title>
<script type="importmap">${JSON.stringify(importMap)}</script></head>
<body>
<h2 class="title" id="outside">Hors module</h2>
<div id="host-fixture-react"></div><div id="host-fixture-vue"></div>
<script type="module">
const css = ${JSON.stringify(cssByModule)};
const user = ${JSON.stringify(user)};
const props = (name, locale) => ({ name, domElement: document.getElementById("host-" + name), basePath: "/" + name, locale, user, onLocaleChange() {} });
window.orbisTest = {
  async mount(name, locale) {
    await Promise.all(css[name].map((href) => new Promise((resolve, reject) => {
      const link = Object.assign(document.createElement("link"), { rel: "stylesheet", href, onload: resolve, onerror: reject });
      link.dataset.module = name;
      document.head.append(link);
    })));
    const lifecycles = await import("@orbis/" + name);
    await lifecycles.bootstrap({});
    await lifecycles.mount(props(name, locale));
  },
  async unmount(name) {
    const lifecycles = await import("@orbis/" + name);
    await lifecycles.unmount(props(name, "fr"));
    document.querySelectorAll('link[data-module="' + name + '"]').forEach((link) => link.remove());
  },
};
window.orbisReady = true;
</script></body></html>`;
}

describe("modules built with defineModuleConfig, loaded in Chromium through the import map", () => {
  let workDir: string;
  let server: Server;
  let origin: string;
  let browser: Browser;
  let tab: Page;
  const errors: string[] = [];
  const built = {} as Record<(typeof FRAMEWORKS)[number], BuiltFixture>;

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), "orbis-mf-browser-"));
    for (const framework of FRAMEWORKS) built[framework] = await buildFixture(framework, join(workDir, `fixture-${framework}`));
    const shared = readSharedManifest();
    const importMap = {
      imports: { ...shared.imports } as Record<string, string>,
      integrity: { ...shared.integrity } as Record<string, string>,
    };
    const cssByModule: Record<string, string[]> = {};
    for (const framework of FRAMEWORKS) {
      const { manifest } = built[framework];
      const url = `/static/${manifest.name}/${manifest.entry}`;
      importMap.imports[`@orbis/${manifest.name}`] = url;
      importMap.integrity[url] = manifest.integrity;
      cssByModule[manifest.name] = manifest.css.map((file) => `/static/${manifest.name}/${file}`);
    }
    const page = harnessPage(importMap, cssByModule);
    server = createServer((request, response) => {
      const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
      if (path === "/favicon.ico") return void response.writeHead(204).end();
      if (path === "/") return void response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
      const [, area, ...rest] = path.split("/");
      const file = normalize(rest.join("/"));
      const base = area === "shared" ? sharedDepsDistDir : area === "static" ? workDir : null;
      if (!base || file.startsWith("..")) return void response.writeHead(404).end();
      readFile(join(base, file)).then(
        (content) => response.writeHead(200, { "content-type": CONTENT_TYPES[file.slice(file.lastIndexOf("."))] ?? "application/octet-stream" }).end(content),
        () => response.writeHead(404).end(),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
    tab = await browser.newPage();
    tab.on("pageerror", (error) => errors.push(error.message));
    tab.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await tab.goto(`${origin}/`);
    await tab.waitForFunction("window.orbisReady === true");
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    await rm(workDir, { recursive: true, force: true });
  });

  const colorOf = (selector: string) => tab.evaluate(`getComputedStyle(document.querySelector(${JSON.stringify(selector)})).color`);

  it.each([
    ["react", "rgb(200, 0, 0)"],
    ["vue", "rgb(0, 128, 0)"],
  ] as const)("mounts the %s module with the shared framework, scoped CSS and live locale, then unmounts cleanly", async (framework, color) => {
    const name = `fixture-${framework}`;
    const host = `#host-${name}`;
    await tab.evaluate(`orbisTest.mount(${JSON.stringify(name)}, "fr")`);
    expect(await tab.textContent(`${host} > .orbis-${name} .title`)).toBe("Ada Lovelace (fr)");
    expect(await colorOf(`${host} .title`)).toBe(color);
    expect(await colorOf("#outside")).toBe("rgb(0, 0, 0)"); // the module's .title rule does not leak

    await tab.click(`${host} #count`);
    await tab.click(`${host} #count`);
    await expect.poll(() => tab.textContent(`${host} #count`)).toBe("2"); // hooks/reactivity work: one shared instance

    await tab.evaluate(`window.dispatchEvent(new CustomEvent("orbis:locale", { detail: { locale: "en" } }))`);
    await expect.poll(() => tab.textContent(`${host} .title`)).toBe("Ada Lovelace (en)");

    await tab.evaluate(`orbisTest.unmount(${JSON.stringify(name)})`);
    expect(await tab.evaluate(`document.querySelector(${JSON.stringify(host)}).childNodes.length`)).toBe(0);
    expect(errors).toEqual([]);
  });
});
