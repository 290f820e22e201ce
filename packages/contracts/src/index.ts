export * from "./common";
export * from "./http";
export * as identity from "./identity";
export * as registry from "./registry";
export * as agreements from "./agreements";
export * as outgoing from "./outgoing";
export * as incoming from "./incoming";
export * as erasmus from "./erasmus";
