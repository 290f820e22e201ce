import { requestJson } from "@orbis/contracts/http";
import { Mobility, MobilityPage, type MobilityQuery } from "@orbis/contracts/outgoing";

export const BASE = "/api/outgoing";

/** The outgoing service's API for the mobilities area, through the shell origin with the session cookie. */
export const mobilitiesApi = {
  list: (query: MobilityQuery, signal?: AbortSignal) => requestJson(MobilityPage, `${BASE}/mobilities`, { query: { ...query }, signal }),
  get: (id: string, signal?: AbortSignal) => requestJson(Mobility, `${BASE}/mobilities/${encodeURIComponent(id)}`, { signal }),
};
