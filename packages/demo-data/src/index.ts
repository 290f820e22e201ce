export { generateUniverse, DEFAULT_SEED, DEFAULT_REFERENCE_DATE, EARLIEST_REFERENCE_DATE, YEARS_COVERED, HOME_INSTITUTION } from "./universe";
export { agreementCoversYear, agreementYearRange, conditionIdOf, academicYearCode, academicYearOfDate, academicYearStart, ERASMUS_CODE_PATTERN, formatErasmusCode } from "./helpers";
export { PROGRAMME_NAMES } from "./data/programmes";
export { createIdFactory } from "./core/ids";
export { DEMO_ACCOUNT_EMAILS } from "./build/staff";
export * from "./types";
export { DEFAULT_DEMO_SCALE, demoScale } from "./demo-scale";
