export * from "./common";
export * from "./indicators";
export * from "./missions";
export * from "./rankings";
