export { createService, type Service, type ServiceOptions } from "./create-service";
export { startService } from "./start";
export { serviceConfig } from "./config";
export type { ServiceEnv } from "./env";
export { createLogger, type Logger } from "./logger";
export { ERROR_CODES, HttpProblem, problemResponse, PROBLEM_CONTENT_TYPE, zodFieldErrors, type ErrorCode, type FieldError } from "./problem";
export { createRouter, defineRoute, jsonBody, jsonResponse, noContent, problemResponses } from "./route";
export { requireAccess, principalOf, hasAnyRole, bearerToken, accessLabel, type Access } from "./auth/access";
export { departmentScope, canSeeDepartment, assertDepartmentInScope } from "./auth/scope";
export { keyVerifier, jwksVerifier, type TokenVerifier } from "./auth/verifier";
export {
  principalFromClaims,
  claimsFromPrincipal,
  TOKEN_AUDIENCE,
  TOKEN_ISSUER,
  SESSION_COOKIE,
  REFRESH_COOKIE,
} from "./auth/claims";
export { createAuditTable, recordAudit, listAudit, type AuditTable, type AuditEntry } from "./audit";
export { auditRoutes } from "./audit-routes";
export { updateVersioned, findOr404 } from "./concurrency";
export { createRateLimiter } from "./rate-limit";
export { serviceTokenProvider } from "./service-token";
export { createAgreementsClient, AgreementsCallFailed, type AgreementsClient, type AgreementsClientOptions, type FetchLike } from "./clients/agreements";
export { versionedExportResponse, versionedExportResponses, exportCsvHeader, exportCsvLine, type VersionedExportOptions } from "./versioned-export";
