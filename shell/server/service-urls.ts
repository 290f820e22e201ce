import servicePorts from "./services.json" with { type: "json" };

/** Known services and their port offset from the base port (identity 4101, registry 4102, ...). */
export const SERVICE_PORT_OFFSETS: Readonly<Record<string, number>> = servicePorts.offsets;
export const DEFAULT_BASE_PORT: number = servicePorts.basePort;

const SERVICE_NAME = /^[a-z][a-z0-9-]{0,39}$/;

/** `incoming` -> `INCOMING_URL`, `my-svc` -> `MY_SVC_URL`. */
export const serviceUrlVariable = (service: string) => `${service.toUpperCase().replaceAll("-", "_")}_URL`;

function parseServiceUrlsJson(text: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error("SERVICE_URLS must be a JSON object such as {\"identity\":\"http://127.0.0.1:4101\"}", {
      cause: error,
    });
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new Error("SERVICE_URLS must be a JSON object of service name -> base URL");
  }
  const result: Record<string, string> = {};
  for (const [name, url] of Object.entries(parsed)) {
    if (typeof url !== "string") throw new Error(`SERVICE_URLS.${name} must be a URL string`);
    result[name] = url;
  }
  return result;
}

function checkedBaseUrl(service: string, url: string): string {
  if (!SERVICE_NAME.test(service)) throw new Error(`Invalid service name "${service}" (lowercase letters, digits, dashes)`);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (error) {
    throw new Error(`The URL of service "${service}" is not a URL: ${url}`, { cause: error });
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new Error(`The URL of service "${service}" must be http(s): ${url}`);
  }
  // Requests keep their full /api/<service>/... path, so only the origin (and an optional prefix) matters.
  return url.replace(/\/+$/, "");
}

/**
 * Where each service answers. Precedence: `SERVICE_URLS` (JSON) > `<SERVICE>_URL` > `http://127.0.0.1:<base + offset>`
 * with base `ORBIS_PORT_BASE` (default 4100).
 */
export function serviceUrlsFromEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const basePort = env.ORBIS_PORT_BASE ? Number(env.ORBIS_PORT_BASE) : DEFAULT_BASE_PORT;
  if (!Number.isInteger(basePort) || basePort <= 0 || basePort > 65_000) {
    throw new Error(`ORBIS_PORT_BASE must be a port number, got ${env.ORBIS_PORT_BASE}`);
  }
  const urls: Record<string, string> = {};
  for (const [service, offset] of Object.entries(SERVICE_PORT_OFFSETS)) {
    urls[service] = env[serviceUrlVariable(service)] || `http://127.0.0.1:${basePort + offset}`;
  }
  if (env.SERVICE_URLS) Object.assign(urls, parseServiceUrlsJson(env.SERVICE_URLS));
  return Object.fromEntries(Object.entries(urls).map(([service, url]) => [service, checkedBaseUrl(service, url)]));
}
