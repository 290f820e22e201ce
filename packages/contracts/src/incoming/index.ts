export * from "./common";
export * from "./students";
export * from "./life-common";
export * from "./french-tests";
export * from "./housing";
export * from "./programmes";
