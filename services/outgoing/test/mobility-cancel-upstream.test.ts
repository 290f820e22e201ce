import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/app";
import { createAgreementsClient } from "../src/clients/agreements";
import { mobilities } from "../src/db/schema/index";
import { auditCount, createMobility, NOW } from "./followup-fixtures";
import { seedAgreement, startOutgoing, type Harness } from "./harness";

let h: Harness;
beforeAll(async () => {
  h = await startOutgoing({ now: () => NOW });
});
afterAll(() => h.close());

describe("cancellation when the agreements service is unreachable", () => {
  it("fails with 502 and writes nothing", async () => {
    const { agreementId, conditionId, partnerId } = await seedAgreement(h);
    const m = await createMobility(h, { programme: "KA131", agreementId, conditionId, partnerId });
    // The same database, with an agreements client whose network is down.
    const unreachable = createAgreementsClient({ baseUrl: "http://agreements.test", token: () => Promise.resolve("t"), fetch: () => Promise.reject(new Error("ECONNREFUSED")) });
    const app = buildApp({ database: h.database, verifier: h.signer.verifier, agreements: unreachable, now: () => NOW });
    const response = await app.root.request(`/api/outgoing/mobilities/${m.id}/cancel`, {
      method: "POST",
      headers: { authorization: `Bearer ${await h.tokenFor("outgoing")}`, "content-type": "application/json" },
      body: JSON.stringify({ version: 1, reason: "Renonce au départ" }),
    });
    expect(response.status).toBe(502);
    const [row] = await h.db.select().from(mobilities).where(eq(mobilities.id, m.id));
    expect(row).toMatchObject({ status: "planned", version: 1 });
    expect(await auditCount(h, m.id)).toBe(1);
  });
});
