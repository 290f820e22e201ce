import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fakeRegistry, sampleMap, startShell, type RunningShell } from "./fixture";
import { closedPort, listen, type Listening } from "./http-helpers";

const dataBlock = /<script type="application\/json" id="orbis-import-map">(.*?)<\/script>/s;
const importMapIn = (html: string) => JSON.parse(dataBlock.exec(html)?.[1] ?? "null") as unknown;

describe("index.html with the registry's import map", () => {
  let registry: ReturnType<typeof fakeRegistry>;
  let registryServer: Listening;
  let shell: RunningShell;

  beforeEach(async () => {
    registry = fakeRegistry();
    registryServer = await listen(registry.app.fetch);
    shell = await startShell({ registry: registryServer.url }, { importMapTtlMs: 300 });
  });
  afterEach(async () => {
    await shell.close();
    await registryServer.close();
  });

  it("inlines the map, with a nonce'd loader allowed by the CSP, before the shell's module script", async () => {
    const response = await fetch(`${shell.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-cache");
    const html = await response.text();
    expect(importMapIn(html)).toEqual(sampleMap());

    const nonce = /<script nonce="([^"]+)">/.exec(html)?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/=]{20,}$/);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain(`script-src 'self' 'nonce-${nonce}'`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("same-origin");

    expect(html.indexOf('id="orbis-import-map"')).toBeLessThan(html.indexOf('type="module"'));
    expect(html).toContain('script.type = "importmap"');
    expect(html).not.toContain("<!--orbis:head-->");
  });

  it("gives a different nonce to every page load", async () => {
    const nonces = await Promise.all(
      [1, 2].map(async () => /'nonce-([^']+)'/.exec((await fetch(`${shell.url}/`)).headers.get("content-security-policy") ?? "")?.[1]),
    );
    expect(nonces[0]).toBeTruthy();
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it("links the UI kit stylesheets under content-hashed names, tokens first", async () => {
    const html = await (await fetch(`${shell.url}/`)).text();
    const links = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)].map((m) => m[1]!);
    expect(links).toHaveLength(2);
    expect(links[0]).toMatch(/^\/ui\/tokens-[0-9a-f]{10}\.css$/);
    expect(links[1]).toMatch(/^\/ui\/components-[0-9a-f]{10}\.css$/);
    const css = await fetch(`${shell.url}${links[0]}`);
    expect(css.status).toBe(200);
    expect(css.headers.get("content-type")).toBe("text/css; charset=utf-8");
    expect(css.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await css.text()).toContain("--o-color-primary");
    const plain = await fetch(`${shell.url}/ui/tokens.css`);
    expect(plain.headers.get("cache-control")).toBe("no-cache");
    expect((await fetch(`${shell.url}/ui/other.css`)).status).toBe(404);
  });

  it("answers every client route with the shell page, but not file-like or API paths", async () => {
    for (const path of ["/admin", "/admin/users/42", "/erasmus/applications?status=open"]) {
      const response = await fetch(`${shell.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(importMapIn(await response.text()), path).toEqual(sampleMap());
    }
    expect((await fetch(`${shell.url}/favicon.ico`)).status).toBe(404);
    expect((await fetch(`${shell.url}/shell/index.html`)).status).toBe(404);
    const api = await fetch(`${shell.url}/api/`);
    expect(api.status).toBe(404);
    expect(api.headers.get("content-type")).toBe("application/problem+json");
    const post = await fetch(`${shell.url}/admin`, { method: "POST" });
    expect(post.status).toBe(404);
    expect(post.headers.get("content-type")).toBe("application/problem+json");
  });

  it("reuses a fetched map for at most the TTL, so a publish shows on the next load after it", async () => {
    await Promise.all([fetch(`${shell.url}/`), fetch(`${shell.url}/a`), fetch(`${shell.url}/b`)]);
    await fetch(`${shell.url}/c`);
    expect(registry.state.calls).toBe(1);

    registry.state.map = sampleMap("/static/admin/1.0.1-99999999/spa-New12345.js");
    expect(importMapIn(await (await fetch(`${shell.url}/`)).text())).toEqual(sampleMap());
    await new Promise((resolve) => setTimeout(resolve, 350));
    const fresh = importMapIn(await (await fetch(`${shell.url}/`)).text()) as { imports: Record<string, string> };
    expect(fresh.imports["@orbis/admin"]).toBe("/static/admin/1.0.1-99999999/spa-New12345.js");
    expect(registry.state.calls).toBe(2);
  });

  it("shares one registry call between concurrent page loads", async () => {
    registry.state.delayMs = 100;
    const statuses = await Promise.all(Array.from({ length: 5 }, () => fetch(`${shell.url}/`).then((r) => r.status)));
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    expect(registry.state.calls).toBe(1);
  });

  it("escapes the map so that no value can close the script element", async () => {
    registry.state.map = { imports: { "@orbis/x": "/static/x/1/</script><script>alert(1)</script>.js" } };
    const html = await (await fetch(`${shell.url}/`)).text();
    expect(html).not.toContain("</script><script>alert(1)");
    expect(importMapIn(html)).toEqual(registry.state.map);
  });

  it("shows a bilingual 503 page while the registry errors, and the shell again once it is back", async () => {
    registry.state.status = 500;
    const down = await fetch(`${shell.url}/admin`);
    expect(down.status).toBe(503);
    expect(down.headers.get("cache-control")).toBe("no-store");
    expect(down.headers.get("retry-after")).toBe("5");
    const page = await down.text();
    expect(page).toContain("Orbis est momentanément indisponible");
    expect(page).toContain("Orbis is temporarily unavailable");
    const nonce = /'nonce-([^']+)'/.exec(down.headers.get("content-security-policy") ?? "")?.[1];
    expect(page).toContain(`<style nonce="${nonce}">`);

    registry.state.status = 200;
    expect((await fetch(`${shell.url}/admin`)).status).toBe(200);
  });

  it("answers 503 when the registry answers something that is not an import map", async () => {
    registry.state.map = { imports: "nope" };
    expect((await fetch(`${shell.url}/`)).status).toBe(503);
  });

  it("answers 503 when nothing listens at the registry's address", async () => {
    const lonely = await startShell({ registry: `http://127.0.0.1:${await closedPort()}` });
    try {
      const response = await fetch(`${lonely.url}/`);
      expect(response.status).toBe(503);
      expect(await response.text()).toContain("Le registre des modules ne répond pas");
    } finally {
      await lonely.close();
    }
  });

  it("explains a missing shell build instead of failing obscurely", async () => {
    const unbuilt = await startShell({ registry: registryServer.url }, { shellDistDir: "/nonexistent/shell/dist" });
    try {
      const response = await fetch(`${unbuilt.url}/`);
      expect(response.status).toBe(500);
      expect(await response.text()).toContain("pnpm --filter @orbis/shell build");
    } finally {
      await unbuilt.close();
    }
  });
});
