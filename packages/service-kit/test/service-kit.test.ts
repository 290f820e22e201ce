import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestSigner, principalFor } from "../src/testing";
import { audit, fixtureService, notes } from "./fixture-app";

let signer: Awaited<ReturnType<typeof createTestSigner>>;
let fx: Awaited<ReturnType<typeof fixtureService>>;

beforeAll(async () => {
  process.env.LOG_LEVEL = "silent";
  signer = await createTestSigner();
  fx = await fixtureService(signer.verifier);
});
afterAll(() => fx.database.close());

async function call(method: string, path: string, options: { token?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined || options.raw !== undefined) headers["content-type"] ??= "application/json";
  const response = await fx.service.root.request(`/api/fixture${path}`, {
    method,
    headers,
    body: options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
  const text = await response.text();
  return { status: response.status, type: response.headers.get("content-type"), headers: response.headers, json: text ? JSON.parse(text) : null };
}

const erasmus = () => signer.sign(principalFor("erasmus"));

describe("operations", () => {
  it("answers /health and /ready once migrations are applied", async () => {
    expect((await call("GET", "/health")).json).toMatchObject({ status: "ok", service: "fixture" });
    expect((await call("GET", "/ready")).json).toEqual({ status: "ready", migrations: 1 });
  });

  it("publishes an OpenAPI 3.1 document with each route's access rule", async () => {
    const doc = (await call("GET", "/openapi.json")).json;
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.paths["/api/fixture/notes"].post["x-orbis-access"]).toEqual(["erasmus", "coordinator"]);
    expect(doc.paths["/api/fixture/health"].get["x-orbis-access"]).toEqual(["public"]);
    expect(doc.paths["/api/fixture/notes/{id}"].patch.requestBody.content["application/json"].schema.required).toContain("version");
  });

  it("tags every answer with a request id, echoing the caller's", async () => {
    const r = await call("GET", "/health", { headers: { "x-request-id": "abc-123" } });
    expect(r.headers.get("x-request-id")).toBe("abc-123");
  });
});

describe("errors are RFC 9457 problem+json", () => {
  it("names the failing fields of a bad body", async () => {
    const r = await call("POST", "/notes", { token: await erasmus(), body: { department: "X", body: "" } });
    expect(r.status).toBe(400);
    expect(r.type).toContain("application/problem+json");
    expect(r.json.code).toBe("validation");
    expect(r.json.errors.map((e: { path: string }) => e.path).sort()).toEqual(["body.body", "body.department"]);
  });

  it("refuses malformed JSON with 400", async () => {
    const r = await call("POST", "/notes", { token: await erasmus(), raw: "{not json" });
    expect(r.status).toBe(400);
    expect(r.type).toContain("application/problem+json");
  });

  it("names bad path parameters", async () => {
    const r = await call("PATCH", "/notes/not-a-uuid", { token: await erasmus(), body: { version: 1, body: "x" } });
    expect(r.status).toBe(400);
    expect(r.json.errors[0].path).toBe("params.id");
  });

  it("answers 404 for an unknown route", async () => {
    const r = await call("GET", "/nowhere");
    expect(r.status).toBe(404);
    expect(r.json.code).toBe("not_found");
  });

  it("answers 413 past the body limit", async () => {
    const r = await call("POST", "/notes", { token: await erasmus(), body: { department: "CHINESE", body: "x".repeat(5000) } });
    expect(r.status).toBe(413);
    expect(r.json.code).toBe("payload_too_large");
  });

  it("answers 500 without leaking internals, and rolls the change back", async () => {
    const created = await call("POST", "/notes", { token: await erasmus(), body: { department: "CHINESE", body: "before" } });
    const auditBefore = await fx.db.select().from(audit);
    const r = await call("PATCH", `/notes/${created.json.id}`, { token: await erasmus(), body: { version: 1, body: "fail-after-audit" } });
    expect(r.status).toBe(500);
    expect(JSON.stringify(r.json)).not.toContain("secret");
    expect(r.json.requestId).toBeTruthy();
    const [row] = await fx.db.select().from(notes).where((await import("drizzle-orm")).eq(notes.id, created.json.id));
    expect(row).toMatchObject({ body: "before", version: 1 });
    expect(await fx.db.select().from(audit)).toHaveLength(auditBefore.length);
  });
});

describe("authentication and roles", () => {
  it("refuses a missing token with 401", async () => {
    const r = await call("POST", "/notes", { body: { department: "CHINESE", body: "x" } });
    expect(r.status).toBe(401);
  });

  it("refuses an expired token, a wrong audience and a foreign signature", async () => {
    const other = await createTestSigner();
    const tokens = [
      await signer.sign(principalFor("erasmus"), { expiresIn: "-1m" }),
      await signer.sign(principalFor("erasmus"), { audience: "elsewhere" }),
      await other.sign(principalFor("erasmus")),
      "garbage",
    ];
    for (const token of tokens) {
      expect((await call("GET", "/boom", { token })).status).toBe(401);
    }
  });

  it("accepts the session cookie as well as a bearer token", async () => {
    const r = await call("GET", "/boom", { headers: { cookie: `orbis_session=${await erasmus()}` } });
    expect(r.status).toBe(500);
  });

  it("refuses a role the route does not allow with 403, and lets admin through", async () => {
    const r = await call("POST", "/notes", { token: await signer.sign(principalFor("analyst")), body: { department: "CHINESE", body: "x" } });
    expect(r.status).toBe(403);
    const ok = await call("POST", "/notes", { token: await signer.sign(principalFor("admin")), body: { department: "CHINESE", body: "x" } });
    expect(ok.status).toBe(201);
  });

  it("keeps a coordinator to their departments", async () => {
    const token = await signer.sign(principalFor("coordinator", ["CHINESE"]));
    expect((await call("POST", "/notes", { token, body: { department: "CHINESE", body: "mine" } })).status).toBe(201);
    const r = await call("POST", "/notes", { token, body: { department: "ARABIC", body: "not mine" } });
    expect(r.status).toBe(403);
    expect(r.json.code).toBe("out_of_scope");
  });
});

describe("optimistic concurrency and audit", () => {
  it("lets one of two edits of the same version win and refuses the other with 409", async () => {
    const token = await erasmus();
    const created = await call("POST", "/notes", { token, body: { department: "RUSSIAN", body: "v1" } });
    const [a, b] = await Promise.all([
      call("PATCH", `/notes/${created.json.id}`, { token, body: { version: 1, body: "from Alice" } }),
      call("PATCH", `/notes/${created.json.id}`, { token, body: { version: 1, body: "from Bob" } }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(loser.json.code).toBe("stale_version");
    const stale = await call("PATCH", `/notes/${created.json.id}`, { token, body: { version: 1, body: "late" } });
    expect(stale.status).toBe(409);
    const missing = await call("PATCH", "/notes/00000000-0000-4000-8000-000000000000", { token, body: { version: 1, body: "x" } });
    expect(missing.status).toBe(404);
  });

  it("records who changed what, before and after", async () => {
    const token = await erasmus();
    const created = await call("POST", "/notes", { token, body: { department: "RUSSIAN", body: "first" } });
    await call("PATCH", `/notes/${created.json.id}`, { token, body: { version: 1, body: "second" } });
    const { eq } = await import("drizzle-orm");
    const rows = await fx.db.select().from(audit).where(eq(audit.entityId, created.json.id));
    expect(rows.map((r) => r.action)).toEqual(["create", "update"]);
    expect(rows[1]).toMatchObject({ actor: "erasmus@test.invalid", actorKind: "user", before: { body: "first" }, after: { body: "second", version: 2 } });
    expect(rows[1]!.requestId).toBeTruthy();
  });
});
