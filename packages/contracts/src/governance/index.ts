export * from "./common";
export * from "./indicators";
export * from "./missions";
export * from "./rankings";
export * from "./programmes";
export * from "./equal-opportunity";
export * from "./scholarships";
export * from "./exports";
