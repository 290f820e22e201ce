import { QueryClient } from "@tanstack/react-query";
import { QUERY_CLIENT_DEFAULTS } from "@orbis/contracts/http";

/** One per mount: nothing cached outlives the module (another user may sign in before the next mount). */
export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: QUERY_CLIENT_DEFAULTS });
}
