/**
 * Fixed-window counter per key, in memory (one process per service). Used for login throttling:
 * after `max` failures in `windowMs` the key is locked until the window ends.
 */
export function createRateLimiter(options: { max: number; windowMs: number; now?: () => number }) {
  const now = options.now ?? Date.now;
  const hits = new Map<string, { count: number; resetAt: number }>();
  const current = (key: string) => {
    const entry = hits.get(key);
    if (!entry || entry.resetAt <= now()) return undefined;
    return entry;
  };
  return {
    /** Seconds until the key may try again, or 0 if it may try now. */
    retryAfter(key: string): number {
      const entry = current(key);
      return entry && entry.count >= options.max ? Math.ceil((entry.resetAt - now()) / 1000) : 0;
    },
    fail(key: string): void {
      const entry = current(key);
      if (entry) entry.count += 1;
      else hits.set(key, { count: 1, resetAt: now() + options.windowMs });
      if (hits.size > 50_000) for (const [k, v] of hits) if (v.resetAt <= now()) hits.delete(k);
    },
    reset(key: string): void {
      hits.delete(key);
    },
  };
}
