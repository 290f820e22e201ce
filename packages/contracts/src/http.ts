import type { z } from "zod";
import { Problem } from "./common";

/** An error answered by an Orbis service, with its problem+json details (field errors included). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;

  constructor(status: number, problem: Problem | undefined, fallback: string) {
    super(problem?.detail ?? problem?.title ?? fallback);
    this.status = status;
    this.problem = problem;
  }

  /** The message for one field (e.g. "body.email"), to show next to the input. */
  fieldError(path: string): string | undefined {
    return this.problem?.errors?.find((e) => e.path === path || e.path === `body.${path}`)?.message;
  }
}

export interface RequestOptions {
  method?: string;
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined | null>;
  signal?: AbortSignal;
}

/**
 * Typed JSON call to a service through the shell origin: the response is validated against the same zod schema
 * the service answers with, so a contract drift fails loudly instead of rendering garbage.
 */
export async function requestJson<T extends z.ZodTypeAny>(
  schema: T,
  url: string,
  options: RequestOptions = {},
): Promise<z.infer<T>> {
  const query = options.query
    ? Object.entries(options.query)
        .filter(([, v]) => v !== undefined && v !== null && v !== "")
        .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
        .join("&")
    : "";
  const response = await fetch(query ? `${url}?${query}` : url, {
    method: options.method ?? (options.body === undefined ? "GET" : "POST"),
    credentials: "same-origin",
    headers: { accept: "application/json", ...(options.body === undefined ? {} : { "content-type": "application/json" }) },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const text = await response.text();
  const data: unknown = text ? safeJson(text) : undefined;
  if (!response.ok) {
    const problem = Problem.safeParse(data);
    throw new ApiError(response.status, problem.success ? problem.data : undefined, `HTTP ${response.status}`);
  }
  return schema.parse(data);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Query retry policy of the modules: client errors (4xx) will not change by asking again; network failures and 5xx get two more tries. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status < 500) return false;
  return failureCount < 2;
}

/** The server-state cache settings every module's QueryClient uses (react-query and vue-query alike). */
export const QUERY_CLIENT_DEFAULTS = {
  queries: { staleTime: 15_000, retry: shouldRetry },
  mutations: { retry: false },
} as const;
