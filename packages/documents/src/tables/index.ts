export * from "./errors";
export * from "./table";
export * from "./csv";
export * from "./xlsx";
export * from "./file-response";
