import { commissionTables } from "./commission";
import { audit } from "./core";
import { delegationTables } from "./delegations";
import { documentTables } from "./documents";
import { labelTables } from "./labels";
import { membershipTables } from "./memberships";
import { networkTables } from "./network";
import { objectivesTables } from "./objectives";

import { missionBudgets, missions } from "./missions";
import { rankingExercises } from "./rankings";
import { programmes } from "./programmes";
import { scholarshipCalls, scholarshipCandidates, scholarshipScores } from "./scholarships";
import { equalityActions, equalityTargets } from "./equal-opportunity";

export * from "./core";
export * from "./documents";
export * from "./objectives";
export * from "./commission";
export * from "./network";
export * from "./labels";
export * from "./memberships";
export * from "./delegations";
export * from "./missions";
export * from "./rankings";
export * from "./programmes";
export * from "./scholarships";
export * from "./equal-opportunity";

/** Every table of the governance schema; each area of the service adds its file here (one line each). */
export const schema = {
  audit,
  ...documentTables,
  ...objectivesTables,
  ...commissionTables,
  ...networkTables,
  ...labelTables,
  ...membershipTables,
  ...delegationTables,
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
