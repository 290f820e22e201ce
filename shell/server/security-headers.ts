import { randomBytes } from "node:crypto";

/** A fresh CSP nonce per HTML response (128 bits, base64). */
export const newNonce = () => randomBytes(16).toString("base64");

/**
 * Only the shell origin may provide scripts, styles, images, fonts and API calls; the only inline script allowed is
 * the one carrying the nonce (the import map and its developer overrides). Dev origins (module dev servers used
 * through import-map overrides) are added only when configured.
 */
export function contentSecurityPolicy(nonce: string | undefined, devOrigins: readonly string[] = []): string {
  const extra = devOrigins.length ? ` ${devOrigins.join(" ")}` : "";
  const nonceSource = nonce ? ` 'nonce-${nonce}'` : "";
  return [
    "default-src 'self'",
    `script-src 'self'${nonceSource}${extra}`,
    `style-src 'self'${nonceSource}${extra}`,
    `img-src 'self' data: blob:${extra}`,
    `font-src 'self' data:${extra}`,
    `connect-src 'self'${extra}${devOrigins.map((o) => ` ${o.replace(/^http/, "ws")}`).join("")}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Headers every response of the shell itself carries (proxied API answers keep the service's, plus the basics). */
export function securityHeaders(nonce: string | undefined, devOrigins: readonly string[]): Record<string, string> {
  return {
    "content-security-policy": contentSecurityPolicy(nonce, devOrigins),
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=()",
  };
}

/** The minimum added to proxied responses when the service did not set it. */
export const PROXIED_RESPONSE_DEFAULTS: Readonly<Record<string, string>> = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "same-origin",
};
