export * from "./common";
export * from "./students";
export * from "./courses";
export * from "./learning-agreements";
export * from "./grades";
export * from "./transcripts";
export * from "./exports";
