import { createIdFactory, demoScale, generateUniverse, type Universe } from "@orbis/demo-data";

let cached: Universe | undefined;

/** The demo universe every service seeds from (generated once per process). */
export function demoUniverse(): Universe {
  cached ??= generateUniverse({ scale: demoScale() });
  return cached;
}

/** The same universe, under the name the areas B seeders use. */
export const universe = demoUniverse;

/** Stable ids for governance's seeded rows: the same universe gives the same ids, so a second run adds nothing. */
export function governanceIds(universe: Universe): (kind: string, name: string) => string {
  return createIdFactory(universe.seed ^ 0x60e7);
}

/** The universe's ten academic years by their first calendar year, oldest first. */
export const yearsOf = (universe: Universe) => universe.academicYears.map((y) => y.startYear).sort((a, b) => a - b);

/** FNV-1a of a name: the seeders' source of stable "random" figures. */
function hashOf(name: string): number {
  let h = 2166136261;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** A deterministic number in [0, 1) from a name. */
export const unitOf = (name: string): number => hashOf(name) / 2 ** 32;

/** A stable number in [0, n) from an id: the same universe always seeds the same figures. */
export const spread = (id: string, n: number): number => hashOf(id) % n;

export async function insertChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>, size = 500): Promise<number> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
  return rows.length;
}
