import type { Db } from "@orbis/db";
import type { Universe } from "@orbis/demo-data";
import { seedCommission } from "./commission";
import { seedDelegations } from "./delegations";
import { seedLabels } from "./labels";
import { seedMemberships } from "./memberships";
import { seedNetwork } from "./network";
import { seedObjectives } from "./objectives";
import { demoUniverse } from "./universe";
import { seedEqualOpportunity } from "./equal-opportunity";
import { seedMissions } from "./missions";
import { seedProgrammes } from "./programmes";
import { seedRankings } from "./rankings";
import { seedScholarships } from "./scholarships";

/**
 * One area's slice of the ten-year demo universe. `seed` writes it in one go and returns how many rows it added;
 * a second run adds nothing (each area checks its own rows first, so ids stay stable).
 */
export interface AreaSeeder {
  area: string;
  seed: (db: Db, universe: Universe) => Promise<number>;
}

/** Each area of the service adds its seeder here (one line each), in dependency order. */
export const SEEDERS: AreaSeeder[] = [
  { area: "objectives", seed: seedObjectives },
  { area: "commission", seed: seedCommission },
  { area: "network", seed: seedNetwork },
  { area: "labels", seed: seedLabels },
  { area: "memberships", seed: seedMemberships },
  { area: "delegations", seed: seedDelegations },
  { area: "missions", seed: seedMissions },
  { area: "programmes", seed: seedProgrammes },
  { area: "scholarships", seed: seedScholarships },
  { area: "rankings", seed: seedRankings },
  { area: "equalOpportunity", seed: seedEqualOpportunity },
];

/** Seeds every area's slice of the demo universe; returns the rows added per area. */
export async function seedDemo(db: Db, universe: Universe = demoUniverse()): Promise<Record<string, number>> {
  const added: Record<string, number> = {};
  for (const seeder of SEEDERS) added[seeder.area] = await seeder.seed(db, universe);
  return added;
}
