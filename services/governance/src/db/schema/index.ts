import { audit } from "./core";
import { missionBudgets, missions } from "./missions";
import { rankingExercises } from "./rankings";

export * from "./core";
export * from "./missions";
export * from "./rankings";

/** Every table of the governance schema; each area of the service adds its file here (one line each). */
export const schema = {
  audit,
  missions,
  missionBudgets,
  rankingExercises,
};
export type GovernanceSchema = typeof schema;
