import { audit } from "./core";
import { grantHistory, grants, syncRuns } from "./grants";
import { payments } from "./payments";
import { projectAmendments, projects } from "./projects";
import { rateTables } from "./rates";
import { staffMobilities } from "./staff-mobilities";
import { cooperationDeadlines, cooperationMeetings, cooperationProjects } from "./cooperation";
import { eventRegistrations, events, interviewBookings, interviewSlots } from "./communication";

export * from "./core";
export * from "./projects";
export * from "./rates";
export * from "./grants";
export * from "./payments";
export * from "./staff-mobilities";
export * from "./cooperation";
export * from "./communication";

/** Every table of the erasmus schema; each area of the service adds its file here (one line per area). */
export const schema = {
  audit,
  ...{ projects, projectAmendments, rateTables, grants, grantHistory, syncRuns, payments },
  ...{ staffMobilities },
  ...{ cooperationProjects, cooperationDeadlines, cooperationMeetings },
  ...{ events, eventRegistrations, interviewSlots, interviewBookings },
};
export type ErasmusSchema = typeof schema;
