import { AnalyticsIndicatorValue, type IndicatorReading } from "@orbis/contracts/governance";
import type { FetchLike, Logger } from "@orbis/service-kit";

/** What the governance service asks analytics: one indicator's figure for one year. */
export interface AnalyticsClient {
  indicatorValue(key: string, year: number): Promise<IndicatorReading>;
}

export interface AnalyticsClientOptions {
  /** e.g. http://127.0.0.1:4108 (ANALYTICS_URL). */
  baseUrl: string;
  token: () => Promise<string>;
  fetch?: FetchLike;
  logger?: Logger;
}

/**
 * GET /api/analytics/indicators/:key?year= with the service token. Analytics may not be deployed (or not have
 * computed a figure yet): a 404, an unreachable service or an unexpected answer reads as "not computed yet" rather
 * than failing the page that shows the objective.
 */
export function createAnalyticsClient(options: AnalyticsClientOptions): AnalyticsClient {
  const doFetch: FetchLike = options.fetch ?? ((url, init) => fetch(url, init));
  return {
    async indicatorValue(key, year) {
      const url = new URL(`/api/analytics/indicators/${encodeURIComponent(key)}`, options.baseUrl);
      url.searchParams.set("year", String(year));
      try {
        const response = await doFetch(url.toString(), {
          headers: { authorization: `Bearer ${await options.token()}` },
          signal: AbortSignal.timeout(5_000),
        });
        if (response.status === 404) return { status: "not-computed", reason: "not-found" };
        if (!response.ok) {
          options.logger?.warn("analytics answered an error", { key, year, status: response.status });
          return { status: "not-computed", reason: "unavailable" };
        }
        const parsed = AnalyticsIndicatorValue.safeParse(await response.json());
        if (!parsed.success) {
          options.logger?.warn("analytics answered outside the contract", { key, year });
          return { status: "not-computed", reason: "unavailable" };
        }
        return { status: "computed", value: parsed.data.value, computedAt: parsed.data.computedAt ?? null };
      } catch (error) {
        options.logger?.warn("analytics cannot be reached", { key, year, error: (error as Error).message });
        return { status: "not-computed", reason: "unavailable" };
      }
    },
  };
}
