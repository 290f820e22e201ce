import { proxy } from "hono/proxy";
import { problemResponse } from "./problem";
import { PROXIED_RESPONSE_DEFAULTS } from "./security-headers";

/** Headers that describe one connection, not the request (RFC 9110 7.6.1), plus the shell's own host. */
const HOP_BY_HOP_HEADERS = [
  "host",
  "connection",
  "keep-alive",
  "proxy-authenticate",
  "proxy-authorization",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
];

export interface ProxyRequest {
  request: Request;
  service: string;
  requestId: string;
  /** The caller's address as seen by the shell server. */
  clientAddress: string | undefined;
  log?: (message: string, fields: Record<string, unknown>) => void;
}

/**
 * Forwards `/api/<service>/...` unchanged (path and query) to the service's base URL: bodies stream both ways,
 * cookies go up and Set-Cookie comes back, redirects are passed through, and the service learns the original
 * host, protocol and client through x-forwarded-*. Unknown service -> 404, unreachable service -> 502.
 */
export async function proxyToService(serviceUrls: Readonly<Record<string, string>>, input: ProxyRequest): Promise<Response> {
  const { request, service, requestId } = input;
  const url = new URL(request.url);
  const base = Object.hasOwn(serviceUrls, service) ? serviceUrls[service] : undefined;
  if (!base) {
    return problemResponse(404, "not_found", "Not found", `No service named "${service}"`, {
      instance: url.pathname,
      requestId,
      headers: { "x-request-id": requestId },
    });
  }

  const headers = new Headers(request.headers);
  const listed = (headers.get("connection") ?? "").split(",").map((name) => name.trim().toLowerCase());
  for (const name of listed) if (/^[a-z0-9-]+$/.test(name)) headers.delete(name);
  for (const name of HOP_BY_HOP_HEADERS) headers.delete(name);
  headers.set("x-forwarded-host", request.headers.get("host") ?? url.host);
  headers.set("x-forwarded-proto", url.protocol.replace(":", ""));
  if (input.clientAddress) headers.set("x-forwarded-for", input.clientAddress);
  headers.set("x-request-id", requestId);

  let upstream: Response;
  try {
    upstream = await proxy(`${base}${url.pathname}${url.search}`, {
      raw: request,
      headers,
      redirect: "manual",
    });
  } catch (error) {
    if (request.signal.aborted) return new Response(null, { status: 499 }); // the caller went away
    input.log?.("service unreachable", { service, requestId, error: String((error as Error).cause ?? error) });
    return problemResponse(502, "bad_gateway", "Upstream service unavailable", `The ${service} service is not answering`, {
      instance: url.pathname,
      requestId,
      headers: { "x-request-id": requestId },
    });
  }

  const responseHeaders = new Headers(upstream.headers);
  if (!responseHeaders.has("x-request-id")) responseHeaders.set("x-request-id", requestId);
  for (const [name, value] of Object.entries(PROXIED_RESPONSE_DEFAULTS)) {
    if (!responseHeaders.has(name)) responseHeaders.set(name, value);
  }
  return new Response(upstream.body, { status: upstream.status, statusText: upstream.statusText, headers: responseHeaders });
}
