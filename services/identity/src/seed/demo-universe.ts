import { generateUniverse } from "@orbis/demo-data";
import type { DemoIdentityData } from "./demo";

/** Identity's slice of the deterministic demo universe (the same one every service seeds from). */
export function demoIdentityData(): DemoIdentityData {
  const universe = generateUniverse();
  return { departments: universe.departments, staff: universe.staff };
}
