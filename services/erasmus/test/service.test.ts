import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectGuarded } from "@orbis/test-kit/access-matrix";
import { startErasmus, type Harness } from "./harness";

let h: Harness;
beforeAll(async () => {
  h = await startErasmus();
});
afterAll(() => h.close());

describe("the Erasmus+ service", () => {
  it("answers health, readiness (every migration applied) and its OpenAPI document", async () => {
    expect((await h.call("GET", "/health")).json).toMatchObject({ status: "ok", service: "erasmus" });
    const ready = await h.call("GET", "/ready");
    expect(ready.status).toBe(200);
    expect(ready.json.migrations).toBeGreaterThan(0);
    const doc = await h.call("GET", "/openapi.json");
    expect(Object.keys(doc.json.paths)).toContain("/api/erasmus/projects");
  });

  it("lets the Erasmus+ team, administrators, leadership and analysts read, and no one else", async () => {
    await expectGuarded(h, [{ method: "GET", path: "/projects", wrongRole: "outgoing" }]);
    for (const role of ["erasmus", "admin", "leadership", "analyst"]) {
      expect((await h.call("GET", "/projects", { token: await h.tokenFor(role) })).status, role).toBe(200);
    }
  });
});
