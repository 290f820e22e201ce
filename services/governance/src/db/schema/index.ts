import { audit } from "./core";
import { missionBudgets, missions } from "./missions";

export * from "./core";
export * from "./missions";

/** Every table of the governance schema; each area of the service adds its file here (one line each). */
export const schema = {
  audit,
  missions,
  missionBudgets,
};
export type GovernanceSchema = typeof schema;
