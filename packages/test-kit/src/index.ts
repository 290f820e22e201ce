export { createTestSigner, principalFor } from "@orbis/service-kit/testing";
export { createTestDatabase } from "@orbis/db/testing";
export { apiCaller, type ApiResult } from "./api-caller";
export { inProcessFetch } from "./in-process";
export { stats, timed } from "./bench";
