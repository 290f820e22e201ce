import { expect } from "vitest";
import type { Harness } from "./harness";

export const NO_ID = "00000000-0000-4000-8000-000000000000";

/**
 * Every route answers 401 without a token and 403 to a role outside its readers; write routes also 403 to a
 * reader (analyst by default). [method, path, write?]
 */
export async function expectGuarded(h: Harness, routes: Array<[string, string, boolean?]>, outsider: string, reader?: string) {
  for (const [method, path, write] of routes) {
    const body = method === "GET" ? undefined : {};
    expect((await h.call(method, path, { body })).status, `${method} ${path} anonymous`).toBe(401);
    expect((await h.call(method, path, { token: outsider, body })).status, `${method} ${path} outsider`).toBe(403);
    if (write && reader) expect((await h.call(method, path, { token: reader, body })).status, `${method} ${path} reader`).toBe(403);
  }
}
