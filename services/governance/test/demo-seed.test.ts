import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../src/seed/demo";
import { startGovernance, type Harness } from "./harness";

let h: Harness;
beforeAll(async () => {
  h = await startGovernance({ now: () => new Date("2026-11-23T10:00:00Z") });
});
afterAll(() => h.close());

describe("demo seed (areas B)", () => {
  it("seeds ten years of missions, programmes, scholarships, rankings and equal opportunity once; a second run adds nothing", async () => {
    const first = await seedDemo(h.db);
    expect(first.missions).toBeGreaterThan(100);
    expect(first.programmes).toBeGreaterThan(0);
    expect(first.scholarships).toBeGreaterThan(10);
    expect(first.rankings).toBe(20);
    expect(first.equalOpportunity).toBe(34);
    const again = await seedDemo(h.db);
    expect(Object.values(again).every((n) => n === 0)).toBe(true);
    const vp = await h.tokenFor("leadership");
    const overview = (await h.call("GET", "/overview", { token: vp })).json;
    expect(overview.counts).toMatchObject({ rankings: 20, equalOpportunity: 4 });
    const budget = (await h.call("GET", "/mission-budgets/2024", { token: vp })).json;
    expect(budget.envelopeCents).toBeGreaterThan(budget.committedCents);
    const calls = (await h.call("GET", "/scholarships/calls", { token: vp })).json;
    expect(calls).toHaveLength(10);
    expect(calls.find((c: { year: number }) => c.year === 2020)).toMatchObject({ status: "awarded", awardedCents: 4_000_000, paidCents: 4_000_000 });
  });
});
