import { CountryBreakdown } from "@orbis/contracts/agreements";
import { rowsOf } from "@orbis/db";
import { createRouter, defineRoute, jsonResponse, principalOf } from "@orbis/service-kit";
import { sql } from "drizzle-orm";
import { agreementScope, READERS } from "../domain/access";
import type { RouteContext } from "./context";

/** Country breakdown of active agreements, for the map. */
export function statsRoutes({ db }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/stats/countries",
      tags: ["stats"],
      summary: "Active agreements and partners with an active agreement, per partner country",
      access: { roles: READERS },
      responses: { 200: jsonResponse(CountryBreakdown, "One row per country, most agreements first") },
    }),
    async (c) => {
      const scope = agreementScope(principalOf(c));
      const scoped = scope === null ? sql`true` : scope.length ? sql`a.departments && ${sql.param(scope)}::text[]` : sql`false`;
      const result = await db.execute(sql`
        select p.country_code as "countryCode", count(distinct a.id)::int as agreements, count(distinct p.id)::int as partners
        from agreements.agreements a
        join agreements.agreement_partners ap on ap.agreement_id = a.id
        join agreements.partners p on p.id = ap.partner_id
        where a.status in ('active', 'expiring') and ${scoped}
        group by p.country_code
        order by agreements desc, p.country_code`);
      return c.json(rowsOf<{ countryCode: string; agreements: number; partners: number }>(result), 200);
    },
  );

  return router;
}
