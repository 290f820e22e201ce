import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { delegations, meetings, networkMeetings, qualityLabels } from "../src/db/schema/index";
import { seedDemo } from "../src/seed/demo";
import { demoUniverse } from "../src/seed/universe";
import { startGovernance, type Harness } from "./harness";

let h: Harness;
beforeAll(async () => {
  h = await startGovernance({ now: () => new Date("2026-11-23T10:00:00Z") });
});
afterAll(() => h.close());

describe("demo seed", () => {
  it("seeds ten years of every area once; a second run adds nothing", async () => {
    const first = await seedDemo(h.db, demoUniverse());
    expect(Object.keys(first).sort()).toEqual(["commission", "delegations", "equalOpportunity", "labels", "memberships", "missions", "network", "objectives", "programmes", "rankings", "scholarships"]);
    for (const [area, n] of Object.entries(first)) expect(n, area).toBeGreaterThan(0);
    expect(first.missions).toBeGreaterThan(100);
    expect(first.scholarships).toBeGreaterThan(10);
    expect(first.rankings).toBe(20);
    expect(first.equalOpportunity).toBe(34);
    const again = await seedDemo(h.db, demoUniverse());
    expect(Object.values(again).every((n) => n === 0)).toBe(true);
    const n = async (table: typeof meetings | typeof delegations | typeof qualityLabels | typeof networkMeetings) =>
      (await h.db.select({ n: count() }).from(table))[0]!.n;
    expect(await n(meetings)).toBe(30);
    expect(await n(delegations)).toBe(60);
    expect(await n(qualityLabels)).toBe(2);
    expect(await n(networkMeetings)).toBeGreaterThanOrEqual(18);
  });

  it("serves the seeded figures through the API: objectives' progress, overdue actions, renewal alerts", async () => {
    const vp = await h.tokenFor("leadership");
    const list = await h.call("GET", "/objectives?status=active&indicatorKey=outgoing_students", { token: vp });
    expect(list.json.total).toBe(1);
    const progress = await h.call("GET", `/objectives/${list.json.items[0].id}/progress`, { token: vp });
    expect(progress.json.years.some((y: { origin: string }) => y.origin === "manual")).toBe(true);
    const overview = await h.call("GET", "/overview", { token: vp });
    expect(overview.json.counts).toMatchObject({ commission: 30, labels: 2, delegations: 60, rankings: 20, equalOpportunity: 4 });
    expect(overview.json.alerts.labels).toBeGreaterThan(0);
    const overdue = await h.call("GET", "/actions?overdue=true", { token: vp });
    expect(overdue.json.total).toBe(overview.json.alerts.commission);
  });

  it("serves areas B's seeded figures: mission envelope, scholarship calls awarded and paid", async () => {
    const vp = await h.tokenFor("leadership");
    const budget = (await h.call("GET", "/mission-budgets/2024", { token: vp })).json;
    expect(budget.envelopeCents).toBeGreaterThan(budget.committedCents);
    const calls = (await h.call("GET", "/scholarships/calls", { token: vp })).json;
    expect(calls).toHaveLength(10);
    expect(calls.find((c: { year: number }) => c.year === 2020)).toMatchObject({ status: "awarded", awardedCents: 4_000_000, paidCents: 4_000_000 });
  });
});
