import { audit } from "./core";
import { grantHistory, grants, syncRuns } from "./grants";
import { payments } from "./payments";
import { projectAmendments, projects } from "./projects";
import { rateTables } from "./rates";

export * from "./core";
export * from "./projects";
export * from "./rates";
export * from "./grants";
export * from "./payments";

/** Every table of the erasmus schema; each area of the service adds its file here (one line per area). */
export const schema = {
  audit,
  ...{ projects, projectAmendments, rateTables, grants, grantHistory, syncRuns, payments },
};
export type ErasmusSchema = typeof schema;
