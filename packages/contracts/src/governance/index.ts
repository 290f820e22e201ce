export * from "./common";
export * from "./indicators";
