export * from "./common";
export * from "./students";
export * from "./admission";
export * from "./registration";
export * from "./followup";
