export * from "./common";
export * from "./mobilities";
export * from "./followup";
export * from "./learning-agreements";
export * from "./recognition";
export * from "./aid";
export * from "./exports";
