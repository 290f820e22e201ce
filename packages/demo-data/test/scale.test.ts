import { describe, expect, it } from "vitest";
import { generateUniverse } from "../src";

describe("scale and options", () => {
  it("grows the counts with the scale", () => {
    const half = generateUniverse({ scale: 0.5 });
    const one = generateUniverse({ scale: 1 });
    const three = generateUniverse({ scale: 3 });
    for (const key of ["partners", "agreements", "students", "mobilities", "staff"] as const) {
      expect(one[key].length, key).toBeGreaterThan(half[key].length);
      expect(three[key].length, key).toBeGreaterThan(one[key].length);
    }
    expect(three.partners.length).toBe(240);
    expect(three.students.length / one.students.length).toBeGreaterThan(2.5);
    expect(three.students.length / one.students.length).toBeLessThan(3.5);
    // Fixed parts do not scale.
    expect(three.departments).toEqual(one.departments);
    expect(three.countries).toEqual(one.countries);
    expect(three.staff.filter((s) => s.isDemoAccount)).toHaveLength(10);
  });

  it("spans ten academic years ending with the one containing the reference date", () => {
    const universe = generateUniverse();
    expect(universe.academicYears.map((y) => y.code)).toEqual([
      "2017-2018", "2018-2019", "2019-2020", "2020-2021", "2021-2022", "2022-2023", "2023-2024", "2024-2025", "2025-2026", "2026-2027",
    ]);
    expect(universe.academicYears.filter((y) => y.isCurrent).map((y) => y.code)).toEqual(["2026-2027"]);
    expect(universe.currentAcademicYear).toBe("2026-2027");
    expect(universe.academicYears[0]).toMatchObject({ startYear: 2017, startDate: "2017-09-01", endDate: "2018-08-31" });
    expect(generateUniverse({ scale: 0.1, referenceDate: "2027-08-31" }).currentAcademicYear).toBe("2026-2027");
    expect(generateUniverse({ scale: 0.1, referenceDate: "2027-09-01" }).currentAcademicYear).toBe("2027-2028");
  });

  it("rejects invalid options", () => {
    expect(() => generateUniverse({ scale: 0 })).toThrow(RangeError);
    expect(() => generateUniverse({ scale: Number.NaN })).toThrow(RangeError);
    expect(() => generateUniverse({ seed: 1.5 })).toThrow(RangeError);
    expect(() => generateUniverse({ referenceDate: "2026-02-30" })).toThrow();
    expect(() => generateUniverse({ referenceDate: "23/11/2026" })).toThrow();
    expect(() => generateUniverse({ referenceDate: "2015-08-31" })).toThrow(RangeError);
  });
});
