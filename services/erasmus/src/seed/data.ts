import { createIdFactory, DEFAULT_SEED, demoScale, generateUniverse, type Universe } from "@orbis/demo-data";

/** The slice of the demo universe the Erasmus+ service seeds from, with ids derived from it (never read elsewhere). */
export interface DemoErasmusData {
  universe: Universe;
  firstYear: number;
  currentYear: number;
  id: (kind: string, name: string) => string;
}

export function demoErasmusData(scale = demoScale()): DemoErasmusData {
  const universe = generateUniverse({ scale });
  const currentYear = Number(universe.currentAcademicYear.slice(0, 4));
  const years = universe.academicYears.map((y) => y.startYear);
  return { universe, currentYear, firstYear: Math.min(...years), id: createIdFactory(DEFAULT_SEED) };
}

export const yearOf = (academicYear: string) => Number(academicYear.slice(0, 4));
