import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DISTANCE_BANDS, type GrantInput } from "@orbis/contracts/erasmus";
import { defaultRates } from "../src/domain/grants/default-rates";
import { computeGrant } from "../src/domain/grants/engine";

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const BASE = Date.UTC(2024, 8, 1);

/** Any valid participant: student (long or short-term) or staff, in a country of the call's groups or a partner country. */
const input = fc
  .record({
    kind: fc.constantFrom("student", "staff"),
    action: fc.constantFrom("KA131", "KA171"),
    callYear: fc.integer({ min: 2021, max: 2026 }),
    shortTerm: fc.boolean(),
    traineeship: fc.boolean(),
    startOffset: fc.integer({ min: 0, max: 300 }),
    length: fc.integer({ min: 0, max: 360 }),
    country: fc.constantFrom("DE", "ES", "PL", "IT", "SE", "JP", "CA"),
    fewerOpportunities: fc.boolean(),
    distanceBand: fc.constantFrom(...DISTANCE_BANDS),
    greenTravel: fc.boolean(),
    travelDays: fc.integer({ min: 0, max: 10 }),
  })
  .filter((r) => r.action === "KA171" || !["JP", "CA"].includes(r.country))
  .map((r): GrantInput => {
    const start = BASE + r.startOffset * DAY;
    const end = start + r.length * DAY;
    const common = {
      action: r.action as "KA131" | "KA171",
      callYear: r.callYear,
      start: iso(start),
      end: iso(end),
      countryCode: r.country as string,
      fewerOpportunities: r.fewerOpportunities,
      distanceBand: r.distanceBand,
      greenTravel: r.greenTravel,
      travelDays: r.travelDays,
      interruptions: [],
      zeroGrantPeriods: [],
    };
    return r.kind === "staff"
      ? { kind: "staff", activity: r.traineeship ? "training" : "teaching", ...common }
      : { kind: "student", activity: r.traineeship ? "traineeship" : "studies", shortTerm: r.shortTerm, ...common };
  });

const compute = (i: GrantInput) => computeGrant(i, defaultRates(i.callYear));
const later = (date: string, days: number) => iso(Date.parse(`${date}T00:00:00Z`) + days * DAY);

describe("grant engine invariants", () => {
  it("never negative; the total is the sum of its components; each component is the sum of its lines", () => {
    fc.assert(
      fc.property(input, (i) => {
        const result = compute(i);
        expect(result.totalCents).toBeGreaterThanOrEqual(0);
        expect(result.totalCents).toBe(result.components.reduce((s, c) => s + c.amountCents, 0));
        for (const c of result.components) expect(c.amountCents).toBe(c.lines.reduce((s, l) => s + l.amountCents, 0));
      }),
    );
  });

  it("monotone in duration: a longer stay never gets less", () => {
    fc.assert(
      fc.property(input, fc.integer({ min: 1, max: 60 }), (i, extra) => {
        expect(compute({ ...i, end: later(i.end, extra) }).totalCents).toBeGreaterThanOrEqual(compute(i).totalCents);
      }),
    );
  });

  it("top-ups only when eligible: fewer opportunities, traineeship, green travel", () => {
    fc.assert(
      fc.property(input, (i) => {
        const codes = compute(i).components.map((c) => c.code);
        if (!i.fewerOpportunities) expect(codes).not.toContain("fewerOpportunities");
        if (i.kind === "staff" || i.activity !== "traineeship" || i.shortTerm) expect(codes).not.toContain("traineeship");
        if (!i.greenTravel) expect(codes).not.toContain("greenTopUp");
        expect(codes.includes("travel") && codes.includes("greenTopUp")).toBe(false);
      }),
    );
  });

  it("an interruption or a zero-grant period never raises the grant", () => {
    fc.assert(
      fc.property(input, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), (i, from, span) => {
        const start = later(i.start, from);
        const end = later(start, span);
        fc.pre(end <= i.end);
        const base = compute(i).totalCents;
        expect(compute({ ...i, interruptions: [{ start, end }] }).totalCents).toBeLessThanOrEqual(base);
        expect(compute({ ...i, zeroGrantPeriods: [{ start, end }] }).totalCents).toBeLessThanOrEqual(base);
      }),
    );
  });
});
