import type { GradeShare, HostScaleSource, RecognitionComponent } from "@orbis/contracts/outgoing";
import type { Mobility as DemoMobility } from "@orbis/demo-data";
import type { gradeTables, recognitions } from "../db/schema/index";
import { countryScaleOf } from "../domain/country-scales";
import { convertGrade, uniformDistribution } from "../domain/grade-conversion";
import { departmentOf, yearOf, type DemoOutgoingData } from "./data";
import { componentsOf, splitCredits } from "./learning-agreements";
import { seedId, unit } from "./ids";

export type GradeTableInsert = typeof gradeTables.$inferInsert & { id: string; rows: GradeShare[] };
export type RecognitionInsert = typeof recognitions.$inferInsert & { id: string };

/** Recognitions are seeded for mobilities completed in the last academic years only (older files were archived). */
const RECOGNISED_YEARS = 3;

const HOME_TABLE: GradeTableInsert = {
  id: seedId("grade-table", "home"),
  kind: "home",
  label: "Institut – répartition des notes (toutes filières)",
  rows: [
    { grade: "16-20", percentage: 8 },
    { grade: "14-16", percentage: 22 },
    { grade: "12-14", percentage: 36 },
    { grade: "10-12", percentage: 34 },
  ],
};

/** Distribution tables for host countries without a usual scale known to the service, by the country's grading. */
const COUNTRY_GRADES: Record<string, { label: string; rows: GradeShare[] }> = {
  JP: { label: "Japon – S / A / B / C", rows: [{ grade: "S", percentage: 15 }, { grade: "A", percentage: 35 }, { grade: "B", percentage: 32 }, { grade: "C", percentage: 18 }] },
  RU: { label: "Russie – 5 / 4 / 3", rows: [{ grade: "5", percentage: 38 }, { grade: "4", percentage: 42 }, { grade: "3", percentage: 20 }] },
};
const LETTERS: { label: string; rows: GradeShare[] } = {
  label: "A – D",
  rows: [{ grade: "A", percentage: 22 }, { grade: "B", percentage: 38 }, { grade: "C", percentage: 28 }, { grade: "D", percentage: 12 }],
};

const recognised = (m: DemoMobility, data: DemoOutgoingData) =>
  m.status === "completed" && (m.ectsEarned ?? 0) > 0 && !!m.ectsPlanned && yearOf(m.academicYear) >= data.currentYear - RECOGNISED_YEARS;

/** The home table and one table per host country of the recognised mobilities that has no usual scale. */
export function gradeTableRows(data: DemoOutgoingData): GradeTableInsert[] {
  const countries = new Set(data.mobilities.filter((m) => recognised(m, data) && !countryScaleOf(m.countryCode)).map((m) => m.countryCode));
  return [
    HOME_TABLE,
    ...[...countries].sort().map((code): GradeTableInsert => {
      const grades = COUNTRY_GRADES[code] ?? LETTERS;
      const name = data.countries.get(code)?.nameFr ?? code;
      return { id: seedId("grade-table", "country", code), kind: "country", countryCode: code, label: COUNTRY_GRADES[code] ? grades.label : `${name} – ${grades.label}`, rows: grades.rows };
    }),
  ];
}

/** A grade drawn along the distribution (best grades less often than the middle ones, as the table says). */
function gradeFrom(rows: readonly GradeShare[], x: number): string {
  const sum = rows.reduce((t, r) => t + r.percentage, 0);
  let cumulative = 0;
  for (const row of rows) {
    cumulative += row.percentage / sum;
    if (x < cumulative) return row.grade;
  }
  return rows[rows.length - 1]!.grade;
}

/**
 * The recognition of each mobility completed in the last three years: the learning agreement's components with the
 * credits earned, graded on the host scale the recognition page would resolve, converted and fully recognised.
 */
export function recognitionRows(data: DemoOutgoingData, tables: readonly GradeTableInsert[]): RecognitionInsert[] {
  const countryTable = new Map(tables.filter((t) => t.kind === "country").map((t) => [t.countryCode!, t]));
  return data.mobilities.flatMap((m): RecognitionInsert[] => {
    if (!recognised(m, data)) return [];
    const table = countryTable.get(m.countryCode);
    const scale = countryScaleOf(m.countryCode);
    const hostRows = table?.rows ?? (scale ? uniformDistribution(scale.passing) : null);
    if (!hostRows) return [];
    const source: HostScaleSource = {
      source: table ? "country-table" : "country-scale",
      tableId: table?.id ?? null,
      label: table?.label ?? scale!.name,
      homeTableId: HOME_TABLE.id,
      homeLabel: HOME_TABLE.label,
    };
    const department = departmentOf(m, data);
    const { tableA, tableB } = componentsOf(m, department);
    const credits = splitCredits(m.ectsEarned!, tableA.length);
    const components = tableA.map((c, i): RecognitionComponent => {
      const grade = gradeFrom(hostRows, unit("grade", m.id, i));
      const conversion = convertGrade(hostRows, HOME_TABLE.rows, grade)!;
      return {
        hostCode: c.code ?? `${m.countryCode}${201 + i}`,
        hostTitle: c.title,
        grade,
        hostCredits: credits[i]!,
        homeCourseCode: tableB[i]!.code,
        homeCourseTitle: tableB[i]!.title,
        recognisedCredits: credits[i]!,
        gradeOverride: null,
        decision: "full",
        decisionReason: "",
        converted: { computed: conversion.grade, range: conversion.range, grade: conversion.grade, overridden: false, passing: true },
      };
    });
    const decided = new Date(`${m.endDate}T10:00:00Z`);
    decided.setUTCDate(decided.getUTCDate() + 40 + Math.floor(unit("recognised", m.id) * 20));
    return [{ id: seedId("recognition", m.id), mobilityId: m.id, scale: source, components, decidedBy: `coordination.${department.toLowerCase()}@orbis.test`, createdAt: decided, updatedAt: decided }];
  });
}
