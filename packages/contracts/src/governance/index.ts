export * from "./common";
export * from "./indicators";
export * from "./objectives";
export * from "./commission";
export * from "./network";
export * from "./labels";
export * from "./memberships";
export * from "./delegations";
