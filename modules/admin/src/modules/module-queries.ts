import type { QueryClient } from "@tanstack/react-query";
import type { ModuleEntry } from "@orbis/contracts/registry";
import { queryKeys } from "../api/query-keys";
import { registryApi } from "../api/registry";

export const moduleQueryOptions = (name: string) => ({
  queryKey: queryKeys.module(name),
  queryFn: ({ signal }: { signal: AbortSignal }) => registryApi.getModule(name, signal),
});

/** After a change to a module: cache the answer and refresh the list, its versions, the history and the audit trail. */
export async function afterModuleChange(queryClient: QueryClient, entry: ModuleEntry): Promise<void> {
  queryClient.setQueryData(queryKeys.module(entry.name), entry);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.modules(), exact: true }),
    queryClient.invalidateQueries({ queryKey: queryKeys.versions(entry.name) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.events() }),
    queryClient.invalidateQueries({ queryKey: queryKeys.audit("registry") }),
  ]);
}
