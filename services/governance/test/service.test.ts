import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGovernance, type Harness } from "./harness";

let h: Harness;
beforeAll(async () => {
  h = await startGovernance();
});
afterAll(() => h.close());

describe("governance service", () => {
  it("answers health, readiness (migrated) and its OpenAPI document", async () => {
    expect((await h.call("GET", "/health")).status).toBe(200);
    const ready = await h.call("GET", "/ready");
    expect(ready.status).toBe(200);
    const openapi = await h.call("GET", "/openapi.json");
    expect(openapi.status).toBe(200);
    expect(openapi.json.info.title).toBe("Orbis governance");
    expect(Object.keys(openapi.json.paths)).toContain("/api/governance/overview");
  });

  it("shows the overview to the DRI's readers, refuses others and anonymous callers", async () => {
    expect((await h.call("GET", "/overview")).status).toBe(401);
    const overview = await h.call("GET", "/overview", { token: await h.tokenFor("leadership") });
    expect(overview.status).toBe(200);
    expect(overview.json).toMatchObject({ counts: expect.any(Object), alerts: expect.any(Object) });
    expect((await h.call("GET", "/overview", { token: await h.tokenFor("analyst") })).status).toBe(200);
    expect((await h.call("GET", "/overview", { token: await h.tokenFor("service") })).status).toBe(403);
  });
});
