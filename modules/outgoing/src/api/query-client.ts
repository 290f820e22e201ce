import { QueryClient } from "@tanstack/react-query";
import { shouldRetry } from "@orbis/contracts/http";

export { shouldRetry };

/** One per mount: nothing cached outlives the module (another user may sign in before the next mount). */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 15_000, retry: shouldRetry },
      mutations: { retry: false },
    },
  });
}
