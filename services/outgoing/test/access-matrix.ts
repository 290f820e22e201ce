// Shared with the other services' suites (401 without a token, 403 for a wrong role or out of scope).
export { expectGuarded, type GuardedRequest } from "@orbis/test-kit/access-matrix";
