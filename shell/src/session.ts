/** Renew the 15-minute session cookie well before it expires. */
export const REFRESH_INTERVAL_MS = 10 * 60 * 1000;

/** Window event a module may dispatch when a call it made was refused for lack of a session. */
export const UNAUTHORIZED_EVENT = "orbis:unauthorized";

const UNAUTHORIZED_COOLDOWN_MS = 5_000;

/** Identity calls whose 401 is an answer about credentials, not a lost session. */
const AUTH_ENDPOINTS = ["/api/identity/login", "/api/identity/refresh", "/api/identity/logout"];

export interface SessionKeeperOptions {
  /** POST /api/identity/refresh; resolves false when the refresh cookie is no longer valid. */
  refresh: () => Promise<boolean>;
  /** The session is gone for good: the shell goes back to the login page. */
  onExpired: () => void;
  intervalMs?: number;
  now?: () => number;
  window?: Window;
}

function pathOf(input: RequestInfo | URL, base: string): string | undefined {
  try {
    const url = new URL(input instanceof Request ? input.url : String(input), base);
    return url.origin === new URL(base).origin ? url.pathname : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Keeps the session alive while the shell is open: refreshes every `intervalMs`, and at once when the tab comes back
 * after a longer pause (timers sleep with the laptop). A 401 from any same-origin `/api/` call (modules included, by
 * wrapping `window.fetch`) or an `orbis:unauthorized` event triggers one refresh; if that fails, `onExpired`.
 * Returns a function that undoes everything.
 */
export function keepSessionAlive(options: SessionKeeperOptions): () => void {
  const win = options.window ?? window;
  const interval = options.intervalMs ?? REFRESH_INTERVAL_MS;
  const now = options.now ?? Date.now;
  // The session was just checked (boot asked /me), so the interval counts from now.
  let lastRefresh = now();
  let lastRenewed = Number.NEGATIVE_INFINITY;
  let inFlight: Promise<void> | undefined;
  let expired = false;

  const renew = (): Promise<void> => {
    if (expired) return Promise.resolve();
    inFlight ??= options
      .refresh()
      .then(
        (ok) => {
          if (ok) lastRefresh = lastRenewed = now();
          else {
            expired = true;
            options.onExpired();
          }
        },
        // A network blip is not a logout: the next tick or 401 tries again.
        (error: unknown) => console.warn("Orbis: session refresh failed", error),
      )
      .finally(() => {
        inFlight = undefined;
      });
    return inFlight;
  };

  const timer = win.setInterval(() => void renew(), interval);
  const onVisible = () => {
    if (win.document.visibilityState === "visible" && now() - lastRefresh >= interval) void renew();
  };
  win.document.addEventListener("visibilitychange", onVisible);
  // A 401 right after a successful refresh is the service's verdict, not an expired cookie: do not hammer identity.
  const renewAfter401 = () => {
    if (now() - lastRenewed >= UNAUTHORIZED_COOLDOWN_MS) void renew();
  };
  const onUnauthorizedEvent = () => renewAfter401();
  win.addEventListener(UNAUTHORIZED_EVENT, onUnauthorizedEvent);

  const originalFetch = win.fetch;
  const watchedFetch: typeof fetch = async (input, init) => {
    const response = await originalFetch.call(win, input, init);
    if (response.status === 401) {
      const path = pathOf(input, win.location.href);
      if (path?.startsWith("/api/") && !AUTH_ENDPOINTS.includes(path)) renewAfter401();
    }
    return response;
  };
  win.fetch = watchedFetch;

  return () => {
    win.clearInterval(timer);
    win.document.removeEventListener("visibilitychange", onVisible);
    win.removeEventListener(UNAUTHORIZED_EVENT, onUnauthorizedEvent);
    if (win.fetch === watchedFetch) win.fetch = originalFetch;
  };
}
