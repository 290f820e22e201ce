import type { z } from "zod";
import { CoordinatorList, DepartmentPage, type CoordinatorEntry, type DepartmentRecord } from "@orbis/contracts/identity";
import { HttpProblem, type FetchLike } from "@orbis/service-kit";

/** What the governance service reads from identity with its service token: departments and their coordinators. */
export interface IdentityClient {
  coordinators(): Promise<CoordinatorEntry[]>;
  departments(): Promise<DepartmentRecord[]>;
}

export function createIdentityClient(options: { baseUrl: string; token: () => Promise<string>; fetch?: FetchLike }): IdentityClient {
  const doFetch: FetchLike = options.fetch ?? ((url, init) => fetch(url, init));
  async function get<T extends z.ZodTypeAny>(schema: T, path: string): Promise<z.infer<T>> {
    let response: Response;
    try {
      response = await doFetch(new URL(`/api/identity${path}`, options.baseUrl).toString(), {
        headers: { authorization: `Bearer ${await options.token()}` },
        signal: AbortSignal.timeout(10_000),
      });
    } catch (error) {
      throw new HttpProblem("bad_gateway", `The identity service cannot be reached: ${(error as Error).message}`);
    }
    if (!response.ok) throw new HttpProblem("bad_gateway", `The identity service answered ${response.status} to ${path}.`);
    return schema.parse(await response.json());
  }
  return {
    coordinators: async () => (await get(CoordinatorList, "/coordinators")).items,
    departments: async () => (await get(DepartmentPage, "/departments?active=true&limit=500")).items,
  };
}
