import { useQuery } from "@tanstack/react-query";
import { identityApi } from "../api/identity";
import { queryKeys } from "../api/query-keys";

/** Every department (the users and departments pages share this one cached list). */
export function useDepartments() {
  return useQuery({
    queryKey: queryKeys.departments(),
    queryFn: ({ signal }) => identityApi.listDepartments(signal),
    select: (page) => page.items,
    staleTime: 60_000,
  });
}
