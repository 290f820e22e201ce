import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CEFR_LEVELS, FRENCH_GROUPS, frenchGroupOf } from "@orbis/contracts/incoming";
import { overlaps, peakOccupancy } from "../src/domain/housing";
import { attendanceRate } from "../src/domain/programmes";

const day = fc.integer({ min: 0, max: 60 }).map((n) => new Date(Date.UTC(2026, 8, 1 + n)).toISOString().slice(0, 10));
const period = fc.tuple(day, day).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }));

describe("student life rules", () => {
  it("places every CEFR level in exactly one French group, beginners to advanced", () => {
    for (const level of CEFR_LEVELS) expect(FRENCH_GROUPS.filter((g) => (g.levels as readonly string[]).includes(level))).toHaveLength(1);
    expect(["A1", "A2", "B1", "B2", "C2"].map((l) => frenchGroupOf(l as "A1").labelFr)).toEqual(["FLE débutant", "FLE débutant", "FLE intermédiaire", "FLE avancé", "FLE avancé"]);
  });

  it("counts the most beds taken on any single day of a period, as a day-by-day count would", () => {
    fc.assert(
      fc.property(period, fc.array(period, { maxLength: 8 }), (wanted, taken) => {
        let expected = 0;
        for (let d = new Date(`${wanted.from}T00:00:00Z`); d.toISOString().slice(0, 10) <= wanted.to; d.setUTCDate(d.getUTCDate() + 1)) {
          const iso = d.toISOString().slice(0, 10);
          expected = Math.max(expected, taken.filter((t) => t.from <= iso && iso <= t.to).length);
        }
        expect(peakOccupancy(wanted, taken)).toBe(expected);
      }),
    );
    expect(overlaps({ from: "2026-09-01", to: "2026-09-30" }, { from: "2026-09-30", to: "2026-10-31" })).toBe(true);
    expect(peakOccupancy({ from: "2026-12-21", to: "2027-01-15" }, [{ from: "2026-09-15", to: "2026-12-20" }])).toBe(0);
  });

  it("rates attendance over present and absent classes, excused ones left out", () => {
    expect(attendanceRate([])).toBeNull();
    expect(attendanceRate(["excused"])).toBeNull();
    expect(attendanceRate(["present", "absent", "excused", "present"])).toBeCloseTo(2 / 3);
  });
});
