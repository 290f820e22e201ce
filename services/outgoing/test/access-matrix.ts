export { expectGuarded, type GuardedRequest } from "@orbis/test-kit/access-matrix";
