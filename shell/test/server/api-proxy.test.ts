import { request as httpRequest } from "node:http";
import { Hono } from "hono";
import { setCookie } from "hono/cookie";
import { stream } from "hono/streaming";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fakeRegistry, startShell, type RunningShell } from "./fixture";
import { closedPort, listen, type Listening } from "./http-helpers";

/** A stand-in for the identity service that shows what reached it. */
function fakeIdentity() {
  const app = new Hono();
  const seen: { headers: Record<string, string>; url: string }[] = [];
  let releaseStream: (() => void) | undefined;
  app.use(async (c, next) => {
    seen.push({ headers: Object.fromEntries(c.req.raw.headers), url: c.req.url });
    await next();
  });
  app.post("/api/identity/login", async (c) => {
    const body = await c.req.json<{ email: string }>();
    if (body.email !== "admin@orbis.test") {
      return c.body(JSON.stringify({ type: "x", title: "Invalid email or password", status: 401, code: "invalid_credentials" }), 401, {
        "content-type": "application/problem+json",
      });
    }
    setCookie(c, "orbis_session", "jwt-value", { httpOnly: true, sameSite: "Lax", path: "/" });
    setCookie(c, "orbis_refresh", "opaque", { httpOnly: true, sameSite: "Lax", path: "/api/identity" });
    return c.json({ ok: true, email: body.email });
  });
  app.get("/api/identity/me", (c) => c.json({ cookie: c.req.header("cookie") ?? null }));
  app.post("/api/identity/echo", async (c) => {
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    return c.json({ length: bytes.length, last: bytes[bytes.length - 1], type: c.req.header("content-type") });
  });
  app.get("/api/identity/search", (c) => c.json({ query: c.req.query() }));
  app.get("/api/identity/moved", (c) => c.redirect("/api/identity/me", 302));
  app.get("/api/identity/export", (c) =>
    stream(c, async (s) => {
      await s.write('{"n":1}\n');
      await new Promise<void>((resolve) => (releaseStream = resolve));
      await s.write('{"n":2}\n');
    }),
  );
  app.get("/api/identity/request-id", (c) => c.text("ok", 200, { "x-request-id": "from-service-1234" }));
  return { app, seen, release: () => releaseStream?.() };
}

describe("/api/<service>/* proxy", () => {
  let identity: ReturnType<typeof fakeIdentity>;
  let identityServer: Listening;
  let registryServer: Listening;
  let shell: RunningShell;
  let downPort: number;

  beforeAll(async () => {
    identity = fakeIdentity();
    identityServer = await listen(identity.app.fetch);
    registryServer = await listen(fakeRegistry().app.fetch);
    downPort = await closedPort();
    shell = await startShell({
      identity: identityServer.url,
      registry: registryServer.url,
      erasmus: `http://127.0.0.1:${downPort}`,
    });
  });
  afterAll(async () => {
    await shell.close();
    await identityServer.close();
    await registryServer.close();
  });

  it("forwards the JSON body and returns every Set-Cookie", async () => {
    const response = await fetch(`${shell.url}/api/identity/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "admin@orbis.test", password: "orbis-demo" }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, email: "admin@orbis.test" });
    const cookies = response.headers.getSetCookie();
    expect(cookies).toHaveLength(2);
    expect(cookies[0]).toMatch(/^orbis_session=jwt-value; Path=\/; HttpOnly; SameSite=Lax$/);
    expect(cookies[1]).toMatch(/^orbis_refresh=opaque; Path=\/api\/identity; HttpOnly; SameSite=Lax$/);
  });

  it("forwards the caller's cookies", async () => {
    const response = await fetch(`${shell.url}/api/identity/me`, { headers: { cookie: "orbis_session=abc; other=1" } });
    expect(await response.json()).toEqual({ cookie: "orbis_session=abc; other=1" });
  });

  it("keeps the service's status, content type and problem body", async () => {
    const response = await fetch(`${shell.url}/api/identity/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "nobody@orbis.test", password: "x" }),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({ code: "invalid_credentials", status: 401 });
  });

  it("keeps the path and query string, and passes redirects through instead of following them", async () => {
    const search = await fetch(`${shell.url}/api/identity/search?q=caf%C3%A9&tags=a&tags=b`);
    expect(await search.json()).toEqual({ query: { q: "café", tags: "a" } });
    const moved = await fetch(`${shell.url}/api/identity/moved`, { redirect: "manual" });
    expect(moved.status).toBe(302);
    expect(moved.headers.get("location")).toBe("/api/identity/me");
  });

  it("streams a large request body up", async () => {
    const body = new Uint8Array(3 * 1024 * 1024).fill(7);
    body[body.length - 1] = 42;
    const response = await fetch(`${shell.url}/api/identity/echo`, {
      method: "POST",
      headers: { "content-type": "application/octet-stream" },
      body,
    });
    expect(await response.json()).toEqual({ length: body.length, last: 42, type: "application/octet-stream" });
  });

  it("streams the response down as the service writes it", async () => {
    const response = await fetch(`${shell.url}/api/identity/export`);
    const reader = response.body!.getReader();
    const first = await reader.read();
    // The service is still holding the rest: the first line arrived on its own.
    expect(new TextDecoder().decode(first.value)).toBe('{"n":1}\n');
    identity.release();
    let rest = "";
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) rest += new TextDecoder().decode(chunk.value);
    expect(rest).toBe('{"n":2}\n');
  });

  it("tells the service who called and carries one request id both ways", async () => {
    const response = await fetch(`${shell.url}/api/identity/me`, { headers: { "x-request-id": "test-request-0001" } });
    expect(response.headers.get("x-request-id")).toBe("test-request-0001");
    const seen = identity.seen.at(-1)!;
    expect(seen.headers["x-request-id"]).toBe("test-request-0001");
    expect(seen.headers["x-forwarded-host"]).toBe(new URL(shell.url).host);
    expect(seen.headers["x-forwarded-proto"]).toBe("http");
    expect(seen.headers["x-forwarded-for"]).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
    expect(seen.url).toBe(`${identityServer.url}/api/identity/me`);

    const generated = await fetch(`${shell.url}/api/identity/me`);
    const id = generated.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(identity.seen.at(-1)!.headers["x-request-id"]).toBe(id);

    const own = await fetch(`${shell.url}/api/identity/request-id`);
    expect(own.headers.get("x-request-id")).toBe("from-service-1234");
  });

  it("drops hop-by-hop headers named by the caller", async () => {
    await new Promise<void>((resolve, reject) => {
      const { hostname, port } = new URL(shell.url);
      const req = httpRequest(
        { hostname, port, path: "/api/identity/me", headers: { connection: "keep-alive, x-secret-hop", "x-secret-hop": "1" } },
        (res) => {
          res.resume();
          res.on("end", resolve);
        },
      );
      req.on("error", reject);
      req.end();
    });
    expect(identity.seen.at(-1)!.headers["x-secret-hop"]).toBeUndefined();
  });

  it("answers 404 problem+json for a service it does not know", async () => {
    const response = await fetch(`${shell.url}/api/nosuch/things`);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({ status: 404, code: "not_found", detail: 'No service named "nosuch"' });
  });

  it("answers 502 problem+json when the service is down", async () => {
    const response = await fetch(`${shell.url}/api/erasmus/applications`, { method: "POST", body: "{}" });
    expect(response.status).toBe(502);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const problem = (await response.json()) as Record<string, unknown>;
    expect(problem).toMatchObject({ status: 502, code: "bad_gateway", instance: "/api/erasmus/applications" });
    expect(problem.requestId).toBe(response.headers.get("x-request-id"));
  });

  it("proxies the registry too (the import map is public)", async () => {
    const response = await fetch(`${shell.url}/api/registry/importmap.json`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { imports: object }).imports).toHaveProperty("@orbis/admin");
  });
});
