import { expect } from "vitest";
import type { ApiResult } from "./api-caller";

/** What a service harness offers the matrix: calls with a token, and tokens per role. */
export interface CallingHarness {
  call: (method: string, path: string, options?: { token?: string; body?: unknown }) => Promise<ApiResult>;
  tokenFor: (role: string, departments?: string[]) => Promise<string>;
}

export interface GuardedRequest {
  method: string;
  path: string;
  body?: unknown;
  /** A role that may not call the route. */
  wrongRole: string;
}

/** Every request: 401 without a token, 403 with a role that may not call it; `scoped` ones also 403 out of scope. */
export async function expectGuarded(h: CallingHarness, requests: GuardedRequest[], outOfScope?: { departments: string[]; scoped: string[] }) {
  for (const request of requests) {
    const label = `${request.method} ${request.path}`;
    const options = request.body === undefined ? {} : { body: request.body };
    expect((await h.call(request.method, request.path, options)).status, `${label} without token`).toBe(401);
    expect((await h.call(request.method, request.path, { ...options, token: await h.tokenFor(request.wrongRole) })).status, `${label} as ${request.wrongRole}`).toBe(403);
    if (outOfScope?.scoped.includes(request.path)) {
      const answer = await h.call(request.method, request.path, { ...options, token: await h.tokenFor("coordinator", outOfScope.departments) });
      expect(answer.status, `${label} out of scope`).toBe(403);
      expect(answer.json.code).toBe("out_of_scope");
    }
  }
}
