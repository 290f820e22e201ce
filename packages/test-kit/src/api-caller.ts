interface Fetchable {
  request(input: string, init?: RequestInit): Response | Promise<Response>;
}

// Tests read answers loosely (`res.json.items[0].id`); the services validate the real shapes.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface ApiResult<T = any> {
  status: number;
  contentType: string | null;
  headers: Headers;
  json: T;
}

/**
 * Calls a service app in-process through HTTP semantics (Hono's app.request): sends JSON, a bearer token or
 * cookies, and parses JSON or problem+json answers.
 */
export function apiCaller(app: Fetchable, basePath: string) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return async function call<T = any>(
    method: string,
    path: string,
    options: { token?: string; body?: unknown; raw?: string; headers?: Record<string, string>; cookie?: string } = {},
  ): Promise<ApiResult<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.cookie) headers.cookie = options.cookie;
    if ((options.body !== undefined || options.raw !== undefined) && !headers["content-type"]) {
      headers["content-type"] = "application/json";
    }
    const response = await app.request(`${basePath}${path}`, {
      method,
      headers,
      body: options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    });
    const text = await response.text();
    const contentType = response.headers.get("content-type");
    const json = text && contentType?.includes("json") ? JSON.parse(text) : text;
    return { status: response.status, contentType, headers: response.headers, json: json as T };
  };
}
