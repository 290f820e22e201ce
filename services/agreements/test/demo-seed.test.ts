import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agreements, conditions, partners } from "../src/db/schema";
import { demoAgreementsData, seedDemo } from "../src/seed/demo";
import { startAgreements, type Harness } from "./harness";

let h: Harness;
const data = demoAgreementsData(); // the default demo scale
beforeAll(async () => {
  h = await startAgreements();
});
afterAll(() => h.close());

describe("demo seed", () => {
  it("seeds at least 300 partners in 50+ countries and 600 agreements across statuses", async () => {
    const seeded = await seedDemo(h.db, data);
    expect(seeded.partners).toBeGreaterThanOrEqual(300);
    expect(seeded.agreements).toBeGreaterThanOrEqual(600);
    const rows = await h.db.select({ countryCode: partners.countryCode }).from(partners);
    expect(new Set(rows.map((r) => r.countryCode)).size).toBeGreaterThanOrEqual(50);
    const statuses = new Set((await h.db.select({ status: agreements.status }).from(agreements)).map((r) => r.status));
    expect([...statuses].sort()).toEqual(expect.arrayContaining(["active", "draft", "expired", "expiring", "negotiation", "renewed", "terminated"]));
  });

  it("serves the seeded data through the API, renewals linked", async () => {
    const token = await h.tokenFor("agreements");
    const page = await h.call("GET", "/agreements?status=renewed&limit=1", { token });
    expect(page.json.total).toBeGreaterThan(0);
    const renewed = (await h.call("GET", `/agreements/${page.json.items[0].id}`, { token })).json;
    const next = (await h.call("GET", `/agreements/${renewed.nextId}`, { token })).json;
    expect(next.previousId).toBe(renewed.id);
    // Past and current mobilities used places: availability of the current year shows them.
    const current = await h.call("GET", `/availability?year=${data.currentYear}&direction=sending`, { token });
    const used = current.json.reduce((sum: number, a: { used: number }) => sum + a.used, 0);
    expect(used).toBeGreaterThan(50);
    const stats = await h.call("GET", "/stats/countries", { token });
    expect(stats.json.length).toBeGreaterThanOrEqual(30);
    const created = await h.call("POST", "/agreements", {
      token,
      body: { type: "bilateral", title: "After seed", partnerIds: [renewed.partnerIds[0]], startYear: 2011, endYear: 2012 },
    });
    expect(created.status).toBe(201);
    expect(created.json.reference).toMatch(/^BIL-2011-\d{4}$/);
  });

  it("is idempotent: a second run adds nothing and changes nothing", async () => {
    const before = [(await h.db.select().from(partners)).length, (await h.db.select().from(agreements)).length, (await h.db.select().from(conditions)).length];
    const again = await seedDemo(h.db, data);
    expect(again).toEqual({ partners: 0, agreements: 0, conditions: 0 });
    expect([(await h.db.select().from(partners)).length, (await h.db.select().from(agreements)).length, (await h.db.select().from(conditions)).length]).toEqual(before);
  });
});
