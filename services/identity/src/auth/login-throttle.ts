import { createRateLimiter, HttpProblem } from "@orbis/service-kit";

export interface ThrottleOptions {
  /** Failed attempts allowed per email within the window (default 5). */
  maxPerEmail?: number;
  /** Failed attempts allowed per client address within the window (default 5). */
  maxPerAddress?: number;
  /** Window length in milliseconds (default 15 minutes). */
  windowMs?: number;
  now?: () => number;
}

/**
 * Login throttling, in memory (one identity process): failures are counted per email and per client address;
 * once either reaches its limit, attempts are refused with 429 until the window ends, even with the right
 * password. A success clears the email's counter but not the address's, so one valid account cannot be used
 * to reset the counter of an address that is guessing others.
 */
export function createLoginThrottle(options: ThrottleOptions = {}) {
  const windowMs = options.windowMs ?? 15 * 60_000;
  const byEmail = createRateLimiter({ max: options.maxPerEmail ?? 5, windowMs, now: options.now });
  const byAddress = createRateLimiter({ max: options.maxPerAddress ?? 5, windowMs, now: options.now });
  return {
    assertAllowed(email: string, address: string): void {
      const wait = Math.max(byEmail.retryAfter(email), byAddress.retryAfter(address));
      if (wait > 0) {
        throw new HttpProblem("rate_limited", `Too many failed sign-in attempts. Try again in ${Math.ceil(wait / 60)} minute(s).`, {
          headers: { "retry-after": String(wait) },
        });
      }
    },
    failed(email: string, address: string): void {
      byEmail.fail(email);
      byAddress.fail(address);
    },
    succeeded(email: string): void {
      byEmail.reset(email);
    },
  };
}
export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
