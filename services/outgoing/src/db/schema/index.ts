import { audit, mobilities } from "./core";

export * from "./core";

/** Every table of the outgoing schema; each area of the service adds its file here. */
export const schema = { mobilities, audit };
export type OutgoingSchema = typeof schema;
