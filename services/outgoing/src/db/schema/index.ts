import { aidAwards, aids } from "./aid";
import { audit, mobilities } from "./core";
import { followUpSteps, stepDocuments } from "./followup";
import { laRevisions } from "./learning-agreements";
import { gradeTables, recognitions } from "./recognition";
import { allocationRuns, applicationDocuments, applications, callDestinations, calls, nominations, rankings } from "./selection";

export * from "./core";
export * from "./selection";
export * from "./followup";
export * from "./learning-agreements";
export * from "./recognition";
export * from "./aid";

/** Every table of the outgoing schema; each area of the service adds its file here. */
export const schema = {
  mobilities,
  audit,
  calls,
  callDestinations,
  applications,
  applicationDocuments,
  rankings,
  allocationRuns,
  nominations,
  followUpSteps,
  stepDocuments,
  laRevisions,
  gradeTables,
  recognitions,
  aids,
  aidAwards,
};
export type OutgoingSchema = typeof schema;
