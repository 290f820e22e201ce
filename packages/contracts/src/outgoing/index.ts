export * from "./common";
export * from "./mobilities";
export * from "./calls";
export * from "./applications";
export * from "./selection";
export * from "./nominations";
