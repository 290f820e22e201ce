/**
 * Client-credential tokens for service-to-service calls: fetched from identity, cached until shortly
 * before they expire.
 */
export function serviceTokenProvider(options: {
  identityUrl: string;
  clientId: string;
  clientSecret: string;
  /** Tests route the call to an in-process identity. */
  fetch?: (url: string, init?: RequestInit) => Promise<Response>;
}) {
  const doFetch = options.fetch ?? ((url, init) => fetch(url, init));
  let cached: { token: string; expiresAt: number } | undefined;
  return async function token(): Promise<string> {
    if (cached && cached.expiresAt - 30_000 > Date.now()) return cached.token;
    const response = await doFetch(new URL("/api/identity/token", options.identityUrl).toString(), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        grant_type: "client_credentials",
        client_id: options.clientId,
        client_secret: options.clientSecret,
      }),
    });
    if (!response.ok) throw new Error(`Identity refused the service token (${response.status})`);
    const body = (await response.json()) as { access_token: string; expires_in: number };
    cached = { token: body.access_token, expiresAt: Date.now() + body.expires_in * 1000 };
    return cached.token;
  };
}
