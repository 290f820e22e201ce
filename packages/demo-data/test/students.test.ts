import { describe, expect, it } from "vitest";
import { STUDY_LEVELS, generateUniverse } from "../src";

describe("students", () => {
  it.each([20261123, 1, 2])("has 13 to 20 percent of students with fewer opportunities (seed %i)", (seed) => {
    const { students } = generateUniverse({ seed });
    const share = students.filter((s) => s.fewerOpportunities).length / students.length;
    expect(share).toBeGreaterThanOrEqual(0.13);
    expect(share).toBeLessThanOrEqual(0.2);
    for (const direction of ["outgoing", "incoming"] as const) {
      const group = students.filter((s) => s.direction === direction);
      const groupShare = group.filter((s) => s.fewerOpportunities).length / group.length;
      expect(groupShare, direction).toBeGreaterThanOrEqual(0.1);
      expect(groupShare, direction).toBeLessThanOrEqual(0.22);
    }
  });

  const universe = generateUniverse();

  it("has about 1,500 students, outgoing and incoming", () => {
    expect(universe.students.length).toBeGreaterThanOrEqual(1300);
    expect(universe.students.length).toBeLessThanOrEqual(1800);
    const outgoing = universe.students.filter((s) => s.direction === "outgoing").length;
    expect(outgoing / universe.students.length).toBeGreaterThan(0.45);
    expect(outgoing / universe.students.length).toBeLessThan(0.7);
  });

  it("derives fewer opportunities from the French criteria for outgoing students", () => {
    for (const student of universe.students) {
      if (student.scholarshipHolder || student.disability) expect(student.fewerOpportunities).toBe(true);
      if (student.direction === "incoming") expect(student.scholarshipHolder).toBe(false);
    }
    expect(universe.students.some((s) => s.scholarshipHolder)).toBe(true);
    expect(universe.students.some((s) => s.disability)).toBe(true);
  });

  it("has plausible identities", () => {
    for (const student of universe.students) {
      expect(STUDY_LEVELS).toContain(student.level);
      expect(student.studentNumber).toMatch(/^\d{8}$/);
      expect(student.email).toMatch(/^[a-z0-9-]+\.[a-z0-9-]+\d*@etu\.orbis\.test$/);
      expect(["F", "M", "X"]).toContain(student.sex);
      expect(student.birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const first = universe.mobilities.filter((m) => m.studentId === student.id).map((m) => m.startDate).sort()[0] as string;
      const age = (Date.parse(first) - Date.parse(student.birthDate)) / (365.25 * 86_400_000);
      expect(age).toBeGreaterThan(17);
      expect(age).toBeLessThan(60);
    }
    const outgoing = universe.students.filter((s) => s.direction === "outgoing");
    expect(outgoing.filter((s) => s.nationality === "FR").length / outgoing.length).toBeGreaterThan(0.7);
  });
});

describe("mobilities", () => {
  const universe = generateUniverse();
  const byYear = (code: string) => universe.mobilities.filter((m) => m.academicYear === code);

  it("covers the ten years with every programme and kind of mobility", () => {
    for (const year of universe.academicYears) expect(byYear(year.code).length, year.code).toBeGreaterThan(0);
    expect(new Set(universe.mobilities.map((m) => m.programme))).toEqual(new Set(["KA131", "KA171", "BILATERAL", "CUPA", "PQEE", "FLE_ASSISTANTS", "FREE_MOVER"]));
    expect(new Set(universe.mobilities.map((m) => `${m.direction}/${m.mobilityType}`)).size).toBe(7);
  });

  it("has a realistic mix of statuses: past ones done, the current year in progress or planned", () => {
    const past = universe.mobilities.filter((m) => m.academicYear < "2025");
    expect(past.every((m) => ["completed", "cancelled", "interrupted"].includes(m.status))).toBe(true);
    expect(past.filter((m) => m.status === "completed").length / past.length).toBeGreaterThan(0.75);
    const current = byYear(universe.currentAcademicYear);
    expect(current.some((m) => m.status === "in-progress")).toBe(true);
    expect(current.some((m) => m.status === "planned")).toBe(true);
    expect(current.filter((m) => m.status === "in-progress" || m.status === "planned").length / current.length).toBeGreaterThan(0.8);
  });

  it("shows the pandemic: interruptions in spring 2020 and fewer mobilities in 2020-2021", () => {
    const interrupted2020 = byYear("2019-2020").filter((m) => m.status === "interrupted" && m.endDate >= "2020-03-15" && m.endDate <= "2020-04-30");
    expect(interrupted2020.length).toBeGreaterThan(5);
    const realised = (code: string) => byYear(code).filter((m) => m.status !== "cancelled").length;
    expect(realised("2020-2021")).toBeLessThan(realised("2018-2019") * 0.7);
  });

  it("sends students of a language department mostly to the countries of the language", () => {
    const japanese = universe.mobilities.filter((m) => m.department === "JAPANESE" && m.direction === "outgoing" && m.mobilityType === "student-studies");
    expect(japanese.filter((m) => m.countryCode === "JP").length / japanese.length).toBeGreaterThan(0.4);
  });
});
