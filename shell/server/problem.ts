import type { Problem } from "@orbis/contracts/common";

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

/** An RFC 9457 answer with the same fields and codes as the services' (service kit) errors. */
export function problemResponse(
  status: number,
  code: string,
  title: string,
  detail: string,
  extra: { instance?: string; requestId?: string; headers?: Record<string, string> } = {},
): Response {
  const problem: Problem = {
    type: `https://orbis.example/problems/${code.replaceAll("_", "-")}`,
    title,
    status,
    detail,
    code,
    ...(extra.instance ? { instance: extra.instance } : {}),
    ...(extra.requestId ? { requestId: extra.requestId } : {}),
  };
  return new Response(JSON.stringify(problem), {
    status,
    headers: { "content-type": PROBLEM_CONTENT_TYPE, "cache-control": "no-store", ...extra.headers },
  });
}
