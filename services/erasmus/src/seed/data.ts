import { createIdFactory, DEFAULT_SEED, demoScale, generateUniverse, type Partner, type Student, type Universe } from "@orbis/demo-data";

/** The slice of the demo universe the Erasmus+ service seeds from, with ids derived from it (never read elsewhere). */
export interface DemoErasmusData {
  universe: Universe;
  firstYear: number;
  currentYear: number;
  id: (kind: string, name: string) => string;
  students: ReadonlyMap<string, Student>;
  partners: ReadonlyMap<string, Partner>;
}

export function demoErasmusData(scale = demoScale()): DemoErasmusData {
  const universe = generateUniverse({ scale });
  const currentYear = Number(universe.currentAcademicYear.slice(0, 4));
  const years = universe.academicYears.map((y) => y.startYear);
  return {
    universe,
    currentYear,
    firstYear: Math.min(...years),
    id: createIdFactory(DEFAULT_SEED),
    students: new Map(universe.students.map((s) => [s.id, s])),
    partners: new Map(universe.partners.map((p) => [p.id, p])),
  };
}

export const yearOf = (academicYear: string) => Number(academicYear.slice(0, 4));
