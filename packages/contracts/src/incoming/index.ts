export * from "./common";
export * from "./students";
