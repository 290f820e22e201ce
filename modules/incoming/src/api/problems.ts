import { ApiError } from "@orbis/contracts/http";

/** 409 stale_version: someone saved the record after this page read it. */
export function isStaleVersion(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409 && error.problem?.code === "stale_version";
}

/** "body.conditions.2.places" -> "conditions.2.places"; "body.name" -> "name"; "" for the body as a whole. */
export function fieldOfPath(path: string): string {
  const segments = path.split(".");
  if (segments[0] === "body") segments.shift();
  return segments.join(".");
}

/** The server's field errors by form field path (the first message wins when a field has several). */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!(error instanceof ApiError)) return errors;
  for (const { path, message } of error.problem?.errors ?? []) {
    const field = fieldOfPath(path);
    errors[field] ??= message;
  }
  return errors;
}

/** The error of a field or of any of its items ("faculties" also covers "faculties.3"). */
export function errorAt(errors: Record<string, string>, field: string): string | undefined {
  if (errors[field]) return errors[field];
  const nested = Object.keys(errors).find((key) => key.startsWith(`${field}.`));
  return nested ? errors[nested] : undefined;
}

export type ProblemKind = "network" | "unauthenticated" | "forbidden" | "notFound" | "stale" | "conflict" | "validation" | "tooLarge" | "unsupported" | "server" | "unexpected";

export function problemKindOf(error: unknown): ProblemKind {
  if (!(error instanceof ApiError)) return error instanceof TypeError ? "network" : "unexpected";
  if (error.status === 401) return "unauthenticated";
  if (error.status === 403) return "forbidden";
  if (error.status === 404) return "notFound";
  if (error.status === 413) return "tooLarge";
  if (error.status === 415) return "unsupported";
  if (isStaleVersion(error)) return "stale";
  if (error.status === 409) return "conflict";
  if (error.status === 400 || error.status === 422) return "validation";
  if (error.status >= 500) return "server";
  return "unexpected";
}

/** The server's own explanation (English, from the service), when it gave one. */
export function problemDetailOf(error: unknown): string | undefined {
  return error instanceof ApiError ? error.problem?.detail : undefined;
}
