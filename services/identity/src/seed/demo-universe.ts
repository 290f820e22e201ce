import { demoScale, generateUniverse } from "@orbis/demo-data";
import type { DemoIdentityData } from "./demo";

/** Identity's slice of the deterministic demo universe (the same one, at the same scale, every service seeds from). */
export function demoIdentityData(scale = demoScale()): DemoIdentityData {
  const universe = generateUniverse({ scale });
  return { departments: universe.departments, staff: universe.staff };
}
