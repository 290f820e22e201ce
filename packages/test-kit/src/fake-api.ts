import { vi } from "vitest";

export interface RecordedCall {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

type Handler = (call: RecordedCall) => { status?: number; body?: unknown } | undefined;

/**
 * A stand-in for the services behind the shell origin: handlers by "METHOD /path" answer JSON (or problem+json for
 * status >= 400); every call is recorded. Unhandled calls answer 404, so a test fails loudly on a wrong URL.
 */
export function fakeApi(handlers: Record<string, Handler>) {
  const calls: RecordedCall[] = [];
  const fetchMock = vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input), "http://orbis.test");
    const method = init?.method ?? "GET";
    const call: RecordedCall = {
      method,
      path: url.pathname,
      query: url.searchParams,
      body: typeof init?.body === "string" ? safeParse(init.body) : init?.body,
    };
    calls.push(call);
    const answer = handlers[`${method} ${url.pathname}`]?.(call) ?? { status: 404, body: problem(404, "not_found") };
    const status = answer.status ?? 200;
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status,
      headers: { "content-type": status >= 400 ? "application/problem+json" : "application/json" },
    });
  });
  vi.stubGlobal("fetch", fetchMock);
  return { calls, fetchMock };
}

export function problem(status: number, code: string, errors?: { path: string; message: string }[]) {
  return { type: `https://orbis.test/problems/${code}`, title: code, status, code, ...(errors ? { errors } : {}) };
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
