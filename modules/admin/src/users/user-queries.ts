import type { QueryClient } from "@tanstack/react-query";
import type { User } from "@orbis/contracts/identity";
import { identityApi } from "../api/identity";
import { queryKeys } from "../api/query-keys";

export const userQueryOptions = (id: string) => ({
  queryKey: queryKeys.user(id),
  queryFn: ({ signal }: { signal: AbortSignal }) => identityApi.getUser(id, signal),
});

/** After a successful change of one account: cache the answer, refresh the lists and the audit trail. */
export async function afterUserChange(queryClient: QueryClient, user: User): Promise<void> {
  queryClient.setQueryData(queryKeys.user(user.id), user);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: [...queryKeys.users(), "list"] }),
    queryClient.invalidateQueries({ queryKey: queryKeys.audit("identity") }),
  ]);
}
