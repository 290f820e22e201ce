import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocate, globalOrder, type RankedApplicant } from "../src/domain/allocation";

const DESTINATIONS = ["d1", "d2", "d3", "d4"];

const applicants = fc
  .uniqueArray(
    fc.record({
      applicationId: fc.uuid(),
      total: fc.integer({ min: 0, max: 60 }),
      departmentRank: fc.integer({ min: 1, max: 5 }),
      department: fc.constantFrom("LAW", "CHINESE"),
      choices: fc.uniqueArray(fc.constantFrom(...DESTINATIONS), { maxLength: 3 }),
    }),
    { selector: (a) => a.applicationId, maxLength: 25 },
  )
  .map((list) => list.map((a, i): RankedApplicant => ({ ...a, name: `Student ${i}`, studentNumber: `2100${String(i).padStart(4, "0")}` })));
const places = fc.record(Object.fromEntries(DESTINATIONS.map((d) => [d, fc.integer({ min: 0, max: 4 })])) as Record<string, fc.Arbitrary<number>>);

describe("allocation (serial dictatorship)", () => {
  it("never gives a destination more students than its places", () => {
    fc.assert(
      fc.property(applicants, places, (list, offered) => {
        const results = allocate(globalOrder(list), offered);
        for (const d of DESTINATIONS) expect(results.filter((r) => r.destinationId === d).length).toBeLessThanOrEqual(offered[d]!);
      }),
    );
  });

  it("gives each student one of their choices, and no better choice still had a free place (no justified envy)", () => {
    fc.assert(
      fc.property(applicants, places, (list, offered) => {
        const ordered = globalOrder(list);
        const results = allocate(ordered, offered);
        results.forEach((result, i) => {
          const choices = ordered[i]!.choices;
          if (result.destinationId !== null) expect(choices[result.choice! - 1]).toBe(result.destinationId);
          const better = result.choice === null ? choices : choices.slice(0, result.choice - 1);
          for (const d of better) {
            // Everyone holding d ranks above this student and d is full.
            const holders = results.filter((r) => r.destinationId === d);
            expect(holders.length).toBe(offered[d]);
            for (const holder of holders) expect(holder.globalRank).toBeLessThan(result.globalRank);
          }
        });
      }),
    );
  });

  it("is deterministic: the same inputs in any input order give the same results", () => {
    fc.assert(
      fc.property(applicants, places, fc.integer(), (list, offered, seed) => {
        const shuffled = [...list].sort((a, b) => ((a.applicationId.charCodeAt(0) * seed) % 7) - ((b.applicationId.charCodeAt(0) * seed) % 7));
        expect(allocate(globalOrder(shuffled), offered)).toEqual(allocate(globalOrder(list), offered));
      }),
    );
  });

  it("explains a result: which better choice was full and who took it", () => {
    const a = { department: "LAW", departmentRank: 1, studentNumber: "21000001", choices: ["d1", "d2"] };
    const results = allocate(
      globalOrder([
        { ...a, applicationId: "a", name: "Alice", total: 50 },
        { ...a, applicationId: "b", name: "Bruno", total: 40, departmentRank: 2, studentNumber: "21000002" },
      ]),
      { d1: 1, d2: 1 },
    );
    expect(results.map((r) => r.explanation)).toEqual(["got choice 1", "choice 1 full: taken by higher-ranked Alice; got choice 2"]);
  });

  it("orders equal totals by department rank, then student number", () => {
    const base = { name: "x", department: "LAW", choices: [] };
    const ordered = globalOrder([
      { ...base, applicationId: "1", total: 30, departmentRank: 2, studentNumber: "21000001" },
      { ...base, applicationId: "2", total: 30, departmentRank: 1, studentNumber: "21000009", department: "CHINESE" },
      { ...base, applicationId: "3", total: 30, departmentRank: 1, studentNumber: "21000003" },
      { ...base, applicationId: "4", total: 45, departmentRank: 3, studentNumber: "21000004" },
    ]);
    expect(ordered.map((a) => a.applicationId)).toEqual(["4", "3", "2", "1"]);
  });
});
