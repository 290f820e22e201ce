import { demoScale, generateUniverse, type Universe } from "@orbis/demo-data";

let cached: Universe | undefined;
/** The demo universe, generated once per process for all of the areas' seeders. */
export const universe = (): Universe => (cached ??= generateUniverse({ scale: demoScale() }));

/** A stable number in [0, n) from an id: the same universe always seeds the same figures. */
export function spread(id: string, n: number): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return (h >>> 0) % n;
}

export async function insertChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>, size = 500): Promise<number> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
  return rows.length;
}
