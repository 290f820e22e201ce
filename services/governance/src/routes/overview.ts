import { GovernanceOverview } from "@orbis/contracts/governance";
import { createRouter, defineRoute, jsonResponse } from "@orbis/service-kit";
import { READERS } from "../domain/access";
import { AREA_OVERVIEWS } from "../domain/overview";
import type { RouteContext } from "./context";

/** The governance home page's figures: records per area and what needs attention today. */
export function overviewRoutes({ db, now }: RouteContext) {
  const router = createRouter();
  router.openapi(
    defineRoute({
      method: "get",
      path: "/overview",
      tags: ["overview"],
      summary: "Records per area and items needing attention (overdue actions, renewals due)",
      access: { roles: READERS },
      responses: { 200: jsonResponse(GovernanceOverview, "Counts and alerts per area") },
    }),
    async (c) => {
      const today = now().toISOString().slice(0, 10);
      const entries = await Promise.all(
        AREA_OVERVIEWS.map(async (a) => [a.area, await a.count(db), a.alerts ? await a.alerts(db, today) : 0] as const),
      );
      return c.json(
        {
          counts: Object.fromEntries(entries.map(([area, n]) => [area, n])),
          alerts: Object.fromEntries(entries.map(([area, , n]) => [area, n])),
        },
        200,
      );
    },
  );
  return router;
}
