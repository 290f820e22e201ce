import { audit } from "./core";
import { missionBudgets, missions } from "./missions";
import { rankingExercises } from "./rankings";
import { programmes } from "./programmes";
import { scholarshipCalls, scholarshipCandidates, scholarshipScores } from "./scholarships";
import { equalityActions, equalityTargets } from "./equal-opportunity";

export * from "./core";
export * from "./missions";
export * from "./rankings";
export * from "./programmes";
export * from "./scholarships";
export * from "./equal-opportunity";

/** Every table of the governance schema; each area of the service adds its file here (one line each). */
export const schema = {
  audit,
  missions,
  missionBudgets,
  rankingExercises,
  programmes,
  scholarshipCalls,
  scholarshipCandidates,
  scholarshipScores,
  equalityTargets,
  equalityActions,
};
export type GovernanceSchema = typeof schema;
