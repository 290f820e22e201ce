import { aidAwards, aids } from "./aid";
import { audit, mobilities } from "./core";
import { gradeTables, recognitions } from "./recognition";

export * from "./core";
export * from "./recognition";
export * from "./aid";

/** Every table of the outgoing schema; each area of the service adds its file here. */
export const schema = { mobilities, audit, gradeTables, recognitions, aids, aidAwards };
export type OutgoingSchema = typeof schema;
