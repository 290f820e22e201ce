import { ApiError } from "./http";

/** 409 stale_version: someone saved the record after this page read it. */
export function isStaleVersion(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409 && error.problem?.code === "stale_version";
}

export function problemCodeOf(error: unknown): string | undefined {
  return error instanceof ApiError ? (error.problem?.code ?? `http_${error.status}`) : undefined;
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

/**
 * The form field a problem+json error path points at: "body.email" -> "email", "body.scopes.2" -> "scopes",
 * "body.label.fr" -> "label.fr"; "" for the body as a whole.
 */
export function fieldOfPath(path: string): string {
  const segments = path.split(".");
  if (segments[0] === "body") segments.shift();
  while (segments.length > 0 && /^\d+$/.test(segments[segments.length - 1]!)) segments.pop();
  return segments.join(".");
}

/** The server's field errors by form field (the first message wins when a field has several). */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!(error instanceof ApiError)) return errors;
  for (const { path, message } of error.problem?.errors ?? []) {
    const field = fieldOfPath(path);
    errors[field] ??= message;
  }
  return errors;
}

/** What the interface says about a failed call: which kind of failure (a message key) and the server's detail. */
export type ProblemKind =
  | "problem.network"
  | "problem.unauthenticated"
  | "problem.forbidden"
  | "problem.notFound"
  | "problem.stale"
  | "problem.duplicate"
  | "problem.validation"
  | "problem.unprocessable"
  | "problem.server"
  | "problem.unexpected";

export interface ProblemSummary {
  kind: ProblemKind;
  /** The server's own explanation (English, from the service), when it gave one. */
  detail: string | undefined;
}

export function summarizeProblem(error: unknown): ProblemSummary {
  if (!(error instanceof ApiError)) {
    // fetch rejects with a TypeError when the network or the proxy is down; zod errors mean a contract drift.
    return { kind: error instanceof TypeError ? "problem.network" : "problem.unexpected", detail: undefined };
  }
  const detail = error.problem?.detail;
  const code = error.problem?.code;
  if (error.status === 401) return { kind: "problem.unauthenticated", detail };
  if (error.status === 403) return { kind: "problem.forbidden", detail };
  if (error.status === 404) return { kind: "problem.notFound", detail };
  if (code === "stale_version") return { kind: "problem.stale", detail };
  if (code === "duplicate") return { kind: "problem.duplicate", detail };
  if (error.status === 400) return { kind: "problem.validation", detail };
  if (error.status === 409 || error.status === 422) return { kind: "problem.unprocessable", detail };
  if (error.status >= 500) return { kind: "problem.server", detail };
  return { kind: "problem.unexpected", detail };
}
