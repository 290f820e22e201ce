import { audit } from "./core";

export * from "./core";

/** Every table of the governance schema; each area of the service adds its file here (one line each). */
export const schema = {
  audit,
};
export type GovernanceSchema = typeof schema;
