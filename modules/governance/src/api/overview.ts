import { requestJson } from "@orbis/contracts/http";
import { GovernanceOverview } from "@orbis/contracts/governance";

export const BASE = "/api/governance";

/** The governance home page's figures, through the shell origin with the session cookie. */
export const overviewApi = {
  get: (signal?: AbortSignal) => requestJson(GovernanceOverview, `${BASE}/overview`, { signal }),
};
