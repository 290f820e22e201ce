export * from "./common";
export * as identity from "./identity";
export * as registry from "./registry";
