export * from "./common";
export * from "./mobilities";
export * from "./followup";
export * from "./learning-agreements";
