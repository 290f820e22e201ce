import { audit, mobilities } from "./core";
import { allocationRuns, applicationDocuments, applications, callDestinations, calls, nominations, rankings } from "./selection";

export * from "./core";
export * from "./selection";

/** Every table of the outgoing schema; each area of the service adds its file here. */
export const schema = { mobilities, audit, calls, callDestinations, applications, applicationDocuments, rankings, allocationRuns, nominations };
export type OutgoingSchema = typeof schema;
