import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { keepSessionAlive, REFRESH_INTERVAL_MS, UNAUTHORIZED_EVENT } from "../../src/session";

function fakeWindow(respond: (url: string) => number) {
  const win = new EventTarget() as EventTarget & Record<string, unknown>;
  const doc = Object.assign(new EventTarget(), { visibilityState: "visible" as DocumentVisibilityState });
  const calls: string[] = [];
  Object.assign(win, {
    setInterval: (fn: () => void, ms: number) => setInterval(fn, ms),
    clearInterval: (id: ReturnType<typeof setInterval>) => clearInterval(id),
    document: doc,
    location: { href: "http://orbis.test/erasmus" },
    fetch: async (input: RequestInfo | URL) => {
      calls.push(String(input));
      return new Response(null, { status: respond(String(input)) });
    },
  });
  return { win: win as unknown as Window, doc, calls };
}

describe("keepSessionAlive", () => {
  let refresh: ReturnType<typeof vi.fn<() => Promise<boolean>>>;
  let onExpired: ReturnType<typeof vi.fn<() => void>>;
  let dispose = () => {};

  beforeEach(() => {
    vi.useFakeTimers();
    refresh = vi.fn(async () => true);
    onExpired = vi.fn();
  });
  afterEach(() => {
    dispose();
    vi.useRealTimers();
  });

  it("refreshes the session every ten minutes", async () => {
    const { win } = fakeWindow(() => 200);
    dispose = keepSessionAlive({ refresh, onExpired, window: win, now: Date.now });
    await vi.advanceTimersByTimeAsync(REFRESH_INTERVAL_MS - 1);
    expect(refresh).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(refresh).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(REFRESH_INTERVAL_MS);
    expect(refresh).toHaveBeenCalledTimes(2);
    expect(REFRESH_INTERVAL_MS).toBeLessThan(15 * 60 * 1000);
  });

  it("refreshes at once when the tab comes back after a long pause, not after a short one", async () => {
    const { win, doc } = fakeWindow(() => 200);
    let clock = 0;
    dispose = keepSessionAlive({ refresh, onExpired, window: win, now: () => clock, intervalMs: 1_000_000 });
    clock = 10_000;
    doc.dispatchEvent(new Event("visibilitychange"));
    expect(refresh).not.toHaveBeenCalled();
    clock = 2_000_000;
    doc.dispatchEvent(new Event("visibilitychange"));
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it("renews once when same-origin API calls get 401, whoever made them", async () => {
    const { win } = fakeWindow((url) => (url.includes("/api/") ? 401 : 200));
    dispose = keepSessionAlive({ refresh, onExpired, window: win });
    await Promise.all([win.fetch("/api/erasmus/applications"), win.fetch("http://orbis.test/api/registry/nav")]);
    await vi.advanceTimersByTimeAsync(0);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(onExpired).not.toHaveBeenCalled();
  });

  it("ignores 401s that are answers about credentials, other origins and non-API paths", async () => {
    const { win } = fakeWindow(() => 401);
    dispose = keepSessionAlive({ refresh, onExpired, window: win });
    await win.fetch("/api/identity/login", { method: "POST" });
    await win.fetch("https://elsewhere.example/api/x");
    await win.fetch("/static/admin/1/spa.js");
    await vi.advanceTimersByTimeAsync(0);
    expect(refresh).not.toHaveBeenCalled();
  });

  it("goes back to the login page when the refresh cookie is no longer valid", async () => {
    refresh.mockResolvedValue(false);
    const { win } = fakeWindow(() => 401);
    dispose = keepSessionAlive({ refresh, onExpired, window: win });
    await win.fetch("/api/outgoing/students");
    await vi.advanceTimersByTimeAsync(0);
    expect(onExpired).toHaveBeenCalledTimes(1);
    await win.fetch("/api/outgoing/students");
    win.dispatchEvent(new Event(UNAUTHORIZED_EVENT));
    await vi.advanceTimersByTimeAsync(0);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(onExpired).toHaveBeenCalledTimes(1);
  });

  it("does not log out on a network failure of the refresh itself", async () => {
    refresh.mockRejectedValue(new TypeError("Failed to fetch"));
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { win } = fakeWindow(() => 200);
    dispose = keepSessionAlive({ refresh, onExpired, window: win });
    win.dispatchEvent(new Event(UNAUTHORIZED_EVENT));
    await vi.advanceTimersByTimeAsync(0);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(onExpired).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it("does not hammer identity when a service refuses right after a successful refresh", async () => {
    const { win } = fakeWindow(() => 401);
    dispose = keepSessionAlive({ refresh, onExpired, window: win });
    await win.fetch("/api/governance/minutes");
    await vi.advanceTimersByTimeAsync(0);
    await win.fetch("/api/governance/minutes");
    await vi.advanceTimersByTimeAsync(0);
    expect(refresh).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(6_000);
    await win.fetch("/api/governance/minutes");
    await vi.advanceTimersByTimeAsync(0);
    expect(refresh).toHaveBeenCalledTimes(2);
  });

  it("restores fetch and stops its timer when disposed", async () => {
    const { win } = fakeWindow(() => 200);
    const original = win.fetch;
    keepSessionAlive({ refresh, onExpired, window: win })();
    expect(win.fetch).toBe(original);
    await vi.advanceTimersByTimeAsync(REFRESH_INTERVAL_MS * 2);
    expect(refresh).not.toHaveBeenCalled();
  });
});
