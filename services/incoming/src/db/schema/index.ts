import { audit, students } from "./core";

export * from "./core";

/** Every table of the incoming schema; each area of the service adds its file here. */
export const schema = { students, audit };
export type IncomingSchema = typeof schema;
