/** Problem+json helpers shared by every module (stale version, field errors...). */
export * from "@orbis/contracts/problems";
