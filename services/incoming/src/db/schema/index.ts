import { audit, students } from "./core";
import { frenchTestRegistrations, frenchTestSessions } from "./french-tests";
import { allocations, housingRequests, residences, rooms } from "./housing";
import { attendance, classSessions, cohortCourses, cohorts, participants, programmes } from "./programmes";

export * from "./core";
export * from "./french-tests";
export * from "./housing";
export * from "./programmes";

/** Every table of the incoming schema; each area of the service adds its file here. */
export const schema = {
  students,
  audit,
  frenchTestSessions,
  frenchTestRegistrations,
  residences,
  rooms,
  housingRequests,
  allocations,
  programmes,
  cohorts,
  participants,
  cohortCourses,
  classSessions,
  attendance,
};
export type IncomingSchema = typeof schema;
