import { admissionDecisions, studentDocuments } from "./admission";
import { audit, students } from "./core";
import { difficultyNotes } from "./followup";
import { registrationSteps, studentNumbers } from "./registration";

export * from "./core";
export * from "./admission";
export * from "./registration";
export * from "./followup";

/** Every table of the incoming schema; each area of the service adds its file here. */
export const schema = { students, audit, studentDocuments, admissionDecisions, registrationSteps, studentNumbers, difficultyNotes };
export type IncomingSchema = typeof schema;
