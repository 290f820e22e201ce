import { generateUniverse } from "@orbis/demo-data";
import type { DemoIdentityData } from "./demo";

/**
 * Identity's slice of the deterministic demo universe (the same one every service seeds from).
 * ORBIS_SEED_SCALE (set by `pnpm seed --scale N`) makes a larger universe.
 */
export function demoIdentityData(scale = Number(process.env.ORBIS_SEED_SCALE ?? 1)): DemoIdentityData {
  if (!Number.isFinite(scale) || scale <= 0 || scale > 100) throw new Error(`ORBIS_SEED_SCALE must be in (0, 100], got ${scale}`);
  const universe = generateUniverse({ scale });
  return { departments: universe.departments, staff: universe.staff };
}
