import type { FetchLike } from "@orbis/service-kit";

/**
 * Analytics is not built yet: this stands in for its HTTP contract (GET /api/analytics/indicators/:key?year=),
 * answering 404 for figures it has not computed, or 503 when told it is down. Replace with the real service in
 * the harness once services/analytics exists.
 */
export function analyticsDouble() {
  const values = new Map<string, number>();
  let down = false;
  const fetch: FetchLike = async (url) => {
    if (down) return new Response("unavailable", { status: 503 });
    const u = new URL(url);
    const key = decodeURIComponent(u.pathname.replace("/api/analytics/indicators/", ""));
    const year = Number(u.searchParams.get("year"));
    const value = values.get(`${key}:${year}`);
    if (value === undefined) return Response.json({ code: "not_found" }, { status: 404 });
    return Response.json({ key, year, value, computedAt: "2026-01-01T00:00:00.000Z" });
  };
  return {
    fetch,
    set: (key: string, year: number, value: number) => values.set(`${key}:${year}`, value),
    setDown: (value: boolean) => {
      down = value;
    },
  };
}
