import { QueryClient } from "@tanstack/vue-query";
import { ApiError } from "@orbis/contracts/http";

/** Client errors (4xx) will not change by asking again; network failures and 5xx get two more tries. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status < 500) return false;
  return failureCount < 2;
}

/** One per mount: nothing cached outlives the module (another user may sign in before the next mount). */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { staleTime: 15_000, retry: shouldRetry }, mutations: { retry: false } },
  });
}
