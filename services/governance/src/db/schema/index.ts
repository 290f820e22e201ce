import { commissionTables } from "./commission";
import { audit } from "./core";
import { delegationTables } from "./delegations";
import { documentTables } from "./documents";
import { labelTables } from "./labels";
import { membershipTables } from "./memberships";
import { networkTables } from "./network";
import { objectivesTables } from "./objectives";

export * from "./core";
export * from "./documents";
export * from "./objectives";
export * from "./commission";
export * from "./network";
export * from "./labels";
export * from "./memberships";
export * from "./delegations";

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
};
export type GovernanceSchema = typeof schema;
