export * from "./common";
export * from "./mobilities";
