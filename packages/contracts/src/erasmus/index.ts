// The Erasmus+ pole's contracts, one file per area (one line per area).
export * from "./common";
export * from "./projects";
export * from "./rates";
export * from "./grants";
export * from "./sync";
export * from "./payments";
export * from "./beneficiary";
export * from "./staff-mobilities";
export * from "./cooperation";
export * from "./communication";
export * from "./exports";
