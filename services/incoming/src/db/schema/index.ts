import { courses, studentCourseChanges, studentCourses, transcripts } from "./academic";
import { audit, students } from "./core";

export * from "./core";
export * from "./academic";

/** Every table of the incoming schema; each area of the service adds its file here. */
export const schema = { students, audit, courses, studentCourses, studentCourseChanges, transcripts };
export type IncomingSchema = typeof schema;
