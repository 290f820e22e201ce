import type { z } from "zod";
import { Problem } from "@orbis/contracts/common";
import { HttpProblem } from "../problem";

export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

export interface ServiceClientOptions {
  /** e.g. http://127.0.0.1:4106 (<SERVICE>_URL). */
  baseUrl: string;
  /** A service token (client credentials) for the calling service. */
  token: () => Promise<string>;
  fetch?: FetchLike;
}

type Failure = (status: number, problem: Problem | undefined, message: string) => Error;

/**
 * A JSON caller for another Orbis service's API under /api/<service>: bearer service token, 15 s timeout, answers
 * validated against the caller's contract; an unreachable service is a 502, an error answer goes to `fail` with
 * its problem so the caller can explain it.
 */
export function serviceJsonCaller(service: string, options: ServiceClientOptions, fail: Failure) {
  const doFetch: FetchLike = options.fetch ?? ((url, init) => fetch(url, init));
  return async function call<T extends z.ZodTypeAny>(schema: T, path: string, init: { method?: string; body?: unknown } = {}): Promise<z.infer<T>> {
    let response: Response;
    try {
      response = await doFetch(new URL(`/api/${service}${path}`, options.baseUrl).toString(), {
        method: init.method ?? "GET",
        headers: { authorization: `Bearer ${await options.token()}`, ...(init.body !== undefined ? { "content-type": "application/json" } : {}) },
        ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
        signal: AbortSignal.timeout(15_000),
      });
    } catch (error) {
      throw new HttpProblem("bad_gateway", `The ${service} service cannot be reached: ${(error as Error).message}`);
    }
    const text = await response.text();
    const json: unknown = text ? JSON.parse(text) : undefined;
    if (!response.ok) {
      const problem = Problem.safeParse(json);
      throw fail(response.status, problem.success ? problem.data : undefined, problem.success ? (problem.data.detail ?? problem.data.title) : `HTTP ${response.status}`);
    }
    return schema.parse(json);
  };
}

/** `?a=1&b=x` from the defined parameters ("" when none). */
export function queryString(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, String(value));
  return search.size ? `?${search}` : "";
}
