import { describe, expect, it } from "vitest";
import type { GrantInput, StaffGrantInput, StudentGrantInput } from "@orbis/contracts/erasmus";
import { days360 } from "../src/domain/grants/days";
import { defaultRates } from "../src/domain/grants/default-rates";
import { computeGrant } from "../src/domain/grants/engine";
import { GrantInputError } from "../src/domain/grants/errors";

const settings = { distanceBand: null, greenTravel: false, travelDays: 0, interruptions: [], zeroGrantPeriods: [] };
const student = (o: Partial<StudentGrantInput> = {}): StudentGrantInput => ({
  kind: "student",
  action: "KA131",
  callYear: 2024,
  activity: "studies",
  shortTerm: false,
  start: "2024-09-01",
  end: "2025-01-31",
  countryCode: "DE",
  fewerOpportunities: false,
  ...settings,
  ...o,
});
const staff = (o: Partial<StaffGrantInput> = {}): StaffGrantInput => ({
  kind: "staff",
  action: "KA131",
  callYear: 2024,
  activity: "teaching",
  start: "2025-03-10",
  end: "2025-03-14",
  countryCode: "IT",
  fewerOpportunities: false,
  ...settings,
  distanceBand: "500-1999",
  travelDays: 2,
  ...o,
});
const grant = (input: GrantInput) => computeGrant(input, defaultRates(input.callYear));
const amounts = (input: GrantInput) => Object.fromEntries(grant(input).components.map((c) => [c.code, c.amountCents]));

describe("30-day months", () => {
  it("counts every month as 30 days, the 31st and the end of February as day 30", () => {
    expect(days360("2024-09-01", "2025-01-31")).toBe(150);
    expect(days360("2024-09-15", "2024-12-20")).toBe(96);
    expect(days360("2025-02-01", "2025-02-28")).toBe(30);
    expect(days360("2024-03-04", "2024-03-08")).toBe(5);
  });
});

describe("worked examples (hand-checked amounts)", () => {
  it("G1 long-term studies, 5 months in Germany (call 2024, 600 EUR/month): 3,000.00 EUR, no travel without fewer opportunities", () => {
    const result = grant(student());
    expect(result.group).toBe("G1");
    expect([result.fundedMonths, result.fundedExtraDays]).toEqual([5, 0]);
    expect(amounts(student())).toEqual({ individualSupport: 300_000 });
    expect(result.totalCents).toBe(300_000);
    expect(result.components[0]!.explanation).toContain("5 month(s) x 600.00 EUR");
  });

  it("G2 with fewer opportunities, 3 months 6 days in Spain, 500-1999 km standard: 1,728 + 800 + 275 = 2,803.00 EUR", () => {
    const input = student({ countryCode: "ES", start: "2024-09-15", end: "2024-12-20", fewerOpportunities: true, distanceBand: "500-1999" });
    expect(amounts(input)).toEqual({ individualSupport: 172_800, fewerOpportunities: 80_000, travel: 27_500 });
    expect(grant(input).totalCents).toBe(280_300);
  });

  it("G3 traineeship, 4 months in Poland (490 + 150 a month): 2,560.00 EUR", () => {
    const input = student({ countryCode: "PL", activity: "traineeship", start: "2025-02-01", end: "2025-05-31" });
    expect(amounts(input)).toEqual({ individualSupport: 196_000, traineeship: 60_000 });
  });

  it("green travel without travel support: 50 EUR once and 4 extra funded days (90 + 4 days = 1,880 + 50 EUR)", () => {
    const input = student({ end: "2024-11-30", greenTravel: true, travelDays: 4 });
    const result = grant(input);
    expect([result.travelDays, result.fundedDays]).toEqual([4, 94]);
    expect(amounts(input)).toEqual({ individualSupport: 188_000, greenTopUp: 5_000 });
  });

  it("travel days are capped: 2 standard, 6 green", () => {
    expect(grant(student({ travelDays: 5 })).travelDays).toBe(2);
    expect(grant(student({ travelDays: 9, greenTravel: true })).travelDays).toBe(6);
  });

  it("short-term blended, 5 days + 2 travel days in Belgium with fewer opportunities, 100-499 km: 490 + 100 + 180 EUR", () => {
    const input = student({ callYear: 2023, shortTerm: true, countryCode: "BE", start: "2024-03-04", end: "2024-03-08", travelDays: 2, fewerOpportunities: true, distanceBand: "100-499" });
    expect(amounts(input)).toEqual({ individualSupport: 49_000, fewerOpportunities: 10_000, travel: 18_000 });
  });

  it("short-term of 20 days: 14 x 70 + 6 x 50 = 1,280 EUR, fewer-opportunities top-up 150 EUR, green band 320 EUR", () => {
    const input = student({ shortTerm: true, start: "2025-06-02", end: "2025-06-21", fewerOpportunities: true, distanceBand: "500-1999", greenTravel: true });
    expect(amounts(input)).toEqual({ individualSupport: 128_000, fewerOpportunities: 15_000, travel: 32_000 });
    const plain = student({ shortTerm: true, start: "2025-06-02", end: "2025-06-21", distanceBand: "500-1999" });
    expect(amounts(plain)).toEqual({ individualSupport: 128_000, travel: 27_500 });
  });

  it("staff teaching, 5 days + 2 travel days in Italy (G1 180 EUR/day) with 500-1999 km travel: 1,260 + 275 EUR", () => {
    expect(amounts(staff())).toEqual({ individualSupport: 126_000, travel: 27_500 });
  });

  it("staff training, 20 days in Spain (G2 160 EUR/day, 70% from day 15): 14 x 160 + 6 x 112 = 2,912 EUR", () => {
    const input = staff({ activity: "training", countryCode: "ES", start: "2025-03-03", end: "2025-03-22", travelDays: 0 });
    expect(amounts(input).individualSupport).toBe(291_200);
  });

  it("KA171 student in Japan (partner country, 700 EUR/month), 5 months, 8000+ km: 3,500 + 1,500 EUR", () => {
    const input = student({ action: "KA171", countryCode: "JP", distanceBand: "8000+" });
    expect(grant(input).group).toBe("partner");
    expect(amounts(input)).toEqual({ individualSupport: 350_000, travel: 150_000 });
  });

  it("2021-2023 groups: Germany is G2 in call 2022 (470 EUR/month): 5 months = 2,350 EUR", () => {
    expect(amounts(student({ callYear: 2022 }))).toEqual({ individualSupport: 235_000 });
  });

  it("an interruption shortens the mobility; a zero-grant period keeps it but is not funded", () => {
    const interrupted = grant(student({ interruptions: [{ start: "2024-11-01", end: "2024-11-30" }] }));
    expect([interrupted.durationDays, interrupted.totalCents]).toEqual([120, 240_000]);
    const zero = grant(student({ zeroGrantPeriods: [{ start: "2025-01-01", end: "2025-01-31" }] }));
    expect([zero.durationDays, zero.fundedDays, zero.totalCents]).toEqual([150, 120, 240_000]);
  });
});

describe("bad input names the field at fault", () => {
  const fails = (input: GrantInput) => {
    try {
      grant(input);
    } catch (error) {
      expect(error).toBeInstanceOf(GrantInputError);
      return (error as GrantInputError).path;
    }
    throw new Error("expected a GrantInputError");
  };
  it("end before start, a KA131 destination in no group, a missing band, a period outside the mobility", () => {
    expect(fails(student({ end: "2024-08-01" }))).toBe("end");
    expect(fails(student({ countryCode: "US" }))).toBe("countryCode");
    expect(fails(staff({ distanceBand: null }))).toBe("distanceBand");
    expect(fails(student({ interruptions: [{ start: "2025-02-01", end: "2025-02-10" }] }))).toBe("interruptions.0.start");
    expect(fails(student({ zeroGrantPeriods: [{ start: "2024-10-10", end: "2024-10-01" }] }))).toBe("zeroGrantPeriods.0.end");
  });
});
