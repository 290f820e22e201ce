import { audit, mobilities } from "./core";
import { followUpSteps, stepDocuments } from "./followup";
import { laRevisions } from "./learning-agreements";

export * from "./core";
export * from "./followup";
export * from "./learning-agreements";

/** Every table of the outgoing schema; each area of the service adds its file here. */
export const schema = { mobilities, audit, followUpSteps, stepDocuments, laRevisions };
export type OutgoingSchema = typeof schema;
