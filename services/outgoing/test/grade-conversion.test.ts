import { GradeTableInput, type GradeShare } from "@orbis/contracts/outgoing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COUNTRY_SCALES, countryScaleOf } from "../src/domain/country-scales";
import { convertGrade, DEFAULT_HOME_ROWS, uniformDistribution } from "../src/domain/grade-conversion";

const german: GradeShare[] = [
  { grade: "1.0", percentage: 10 },
  { grade: "1.3", percentage: 15 },
  { grade: "1.7", percentage: 20 },
  { grade: "2.0", percentage: 25 },
  { grade: "2.3", percentage: 30 },
];

describe("grade conversion (ECTS Users' Guide 2015, cumulative percentages)", () => {
  it("converts worked examples against the default home table", () => {
    // 1.0 covers 0-10 %, midpoint 5 %: half-way through 16-20 (0-10 %) -> 18.
    expect(convertGrade(german, DEFAULT_HOME_ROWS, "1.0")).toEqual({ grade: 18, range: "16-20" });
    // 1.3 covers 10-25 %, midpoint 17.5 %: 30 % into 14-16 (10-35 %) -> 16 - 0.3 x 2 = 15.4.
    expect(convertGrade(german, DEFAULT_HOME_ROWS, "1.3")).toEqual({ grade: 15.4, range: "14-16" });
    // 1.7 covers 25-45 %, midpoint 35 %: the top of 12-14 (35-70 %) -> 14.
    expect(convertGrade(german, DEFAULT_HOME_ROWS, "1.7")).toEqual({ grade: 14, range: "12-14" });
    // 2.0 covers 45-70 %, midpoint 57.5 %: 22.5/35 into 12-14 -> 12.71.
    expect(convertGrade(german, DEFAULT_HOME_ROWS, "2.0")).toEqual({ grade: 12.71, range: "12-14" });
    // 2.3 covers 70-100 %, midpoint 85 %: half-way through 10-12 -> 11.
    expect(convertGrade(german, DEFAULT_HOME_ROWS, "2.3")).toEqual({ grade: 11, range: "10-12" });
  });

  it("reads a grade whatever its writing and refuses one outside the table", () => {
    expect(convertGrade(german, DEFAULT_HOME_ROWS, " 1,3 ")?.grade).toBe(15.4);
    expect(convertGrade(german, DEFAULT_HOME_ROWS, "1.30")?.grade).toBe(15.4);
    expect(convertGrade(german, DEFAULT_HOME_ROWS, "5.0")).toBeNull();
    expect(convertGrade([{ grade: "A", percentage: 50 }, { grade: "B", percentage: 50 }], DEFAULT_HOME_ROWS, "a")?.range).toBe("14-16");
  });

  it("converts a country's usual scale taken as equally frequent grades", () => {
    const italy = countryScaleOf("IT")!;
    const rows = uniformDistribution(italy.passing);
    expect(convertGrade(rows, DEFAULT_HOME_ROWS, "30L")!.range).toBe("16-20");
    expect(convertGrade(rows, DEFAULT_HOME_ROWS, "18")!.range).toBe("10-12");
    expect(convertGrade(rows, DEFAULT_HOME_ROWS, "17")).toBeNull();
    for (const scale of COUNTRY_SCALES) expect(new Set(scale.passing).size, scale.countryCode).toBe(scale.passing.length);
  });
});

/** 2 to 8 grades with positive weights, as percentages rounded to 2 decimals (the last one takes the rest). */
const distribution = (labels: (i: number) => string) =>
  fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 2, maxLength: 8 }).map((weights) => {
    const total = weights.reduce((a, b) => a + b, 0);
    const shares = weights.map((w) => Math.round((w * 10000) / total) / 100);
    shares[shares.length - 1] = Math.round((100 - shares.slice(0, -1).reduce((a, b) => a + b, 0)) * 100) / 100;
    return shares.map((percentage, i) => ({ grade: labels(i), percentage: Math.max(0, percentage) }));
  });

/** French ranges best first: cut points within 0-20, descending. */
const homeTable = fc
  .uniqueArray(fc.integer({ min: 0, max: 40 }), { minLength: 3, maxLength: 7 })
  .chain((cuts) => {
    const points = [...cuts].sort((a, b) => b - a).map((x) => x / 2);
    const labels = points.slice(0, -1).map((max, i) => `${points[i + 1]}-${max}`);
    return distribution((i) => labels[i]!).map((rows) => rows.slice(0, labels.length));
  })
  .filter((rows) => rows.length >= 2 && Math.abs(rows.reduce((a, r) => a + r.percentage, 0) - 100) < 0.05);

describe("grade conversion properties", () => {
  it("never converts a better host grade to a worse French grade, and stays within 0-20", () => {
    fc.assert(
      fc.property(distribution((i) => `G${i}`), homeTable, (host, home) => {
        const grades = host.map((row) => convertGrade(host, home, row.grade)!.grade);
        for (let i = 1; i < grades.length; i++) expect(grades[i]!).toBeLessThanOrEqual(grades[i - 1]!);
        for (const grade of grades) {
          expect(grade).toBeGreaterThanOrEqual(0);
          expect(grade).toBeLessThanOrEqual(20);
        }
      }),
    );
  });

  it("accepts a table only when its percentages sum to 100", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 2, maxLength: 8 }), (percentages) => {
        const table = { kind: "country", countryCode: "DE", label: "t", rows: percentages.map((percentage, i) => ({ grade: `G${i}`, percentage })) };
        const sum = percentages.reduce((a, b) => a + b, 0);
        expect(GradeTableInput.safeParse(table).success).toBe(sum === 100);
      }),
    );
  });
});
