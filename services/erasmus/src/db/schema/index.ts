import { audit } from "./core";
import { projectAmendments, projects } from "./projects";

export * from "./core";
export * from "./projects";

/** Every table of the erasmus schema; each area of the service adds its file here (one line per area). */
export const schema = {
  audit,
  ...{ projects, projectAmendments },
};
export type ErasmusSchema = typeof schema;
