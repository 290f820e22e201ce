import type { Problem } from "@orbis/contracts/common";

/** The one list of error codes every service answers with. */
export const ERROR_CODES = {
  validation: { status: 400, title: "Invalid request" },
  bad_request: { status: 400, title: "Bad request" },
  unauthenticated: { status: 401, title: "Authentication required" },
  invalid_credentials: { status: 401, title: "Invalid email or password" },
  forbidden: { status: 403, title: "Not allowed" },
  out_of_scope: { status: 403, title: "Outside your department scope" },
  not_found: { status: 404, title: "Not found" },
  conflict: { status: 409, title: "Conflict" },
  stale_version: { status: 409, title: "The record was changed by someone else" },
  duplicate: { status: 409, title: "Already exists" },
  payload_too_large: { status: 413, title: "Request body too large" },
  unsupported_media_type: { status: 415, title: "Unsupported media type" },
  unprocessable: { status: 422, title: "Cannot be processed" },
  rate_limited: { status: 429, title: "Too many requests" },
  internal: { status: 500, title: "Internal error" },
  bad_gateway: { status: 502, title: "Upstream service unavailable" },
  not_ready: { status: 503, title: "Service not ready" },
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

export interface FieldError {
  path: string;
  message: string;
}

/** Throw from anywhere in a request: the kit turns it into an RFC 9457 problem+json answer. */
export class HttpProblem extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly title: string;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(
    code: ErrorCode,
    detail?: string,
    extra?: { errors?: FieldError[]; headers?: Record<string, string> },
  ) {
    super(detail ?? ERROR_CODES[code].title);
    this.code = code;
    this.status = ERROR_CODES[code].status;
    this.title = ERROR_CODES[code].title;
    this.errors = extra?.errors;
    this.headers = extra?.headers;
  }

  toProblem(instance?: string, requestId?: string): Problem {
    return {
      type: `https://orbis.example/problems/${this.code.replaceAll("_", "-")}`,
      title: this.title,
      status: this.status,
      detail: this.message,
      code: this.code,
      ...(instance ? { instance } : {}),
      ...(requestId ? { requestId } : {}),
      ...(this.errors ? { errors: this.errors } : {}),
    };
  }
}

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

export function problemResponse(problem: HttpProblem, instance?: string, requestId?: string): Response {
  return new Response(JSON.stringify(problem.toProblem(instance, requestId)), {
    status: problem.status,
    headers: { "content-type": PROBLEM_CONTENT_TYPE, ...(problem.headers ?? {}) },
  });
}

/** Field paths of a zod error, prefixed with the request part they came from (body, query, params...). */
export function zodFieldErrors(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>,
  prefix?: string,
): FieldError[] {
  return issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join("."),
    message: issue.message,
  }));
}
