export * from "./common";
export * from "./mobilities";
export * from "./recognition";
export * from "./aid";
export * from "./exports";
