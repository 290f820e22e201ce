import { admissionDecisions, studentDocuments } from "./admission";
import { courses, studentCourseChanges, studentCourses, transcripts } from "./academic";
import { audit, students } from "./core";
import { difficultyNotes } from "./followup";
import { frenchTestRegistrations, frenchTestSessions } from "./french-tests";
import { allocations, housingRequests, residences, rooms } from "./housing";
import { attendance, classSessions, cohortCourses, cohorts, participants, programmes } from "./programmes";
import { registrationSteps, studentNumbers } from "./registration";

export * from "./core";
export * from "./admission";
export * from "./registration";
export * from "./followup";
export * from "./french-tests";
export * from "./housing";
export * from "./programmes";
export * from "./academic";

/** Every table of the incoming schema; each area of the service adds its file here. */
export const schema = {
  students,
  audit,
  studentDocuments,
  admissionDecisions,
  registrationSteps,
  studentNumbers,
  difficultyNotes,
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
  courses,
  studentCourses,
  studentCourseChanges,
  transcripts,
};
export type IncomingSchema = typeof schema;
