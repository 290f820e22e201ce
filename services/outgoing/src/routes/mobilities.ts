import { Mobility, MobilityPage, MobilityQuery } from "@orbis/contracts/outgoing";
import { createRouter, defineRoute, jsonResponse, principalOf } from "@orbis/service-kit";
import { asc, count, desc } from "drizzle-orm";
import { mobilities } from "../db/schema/index";
import { READERS } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { loadMobility, mobilityWhere, toMobility } from "../domain/mobilities";
import type { RouteContext } from "./context";

/** Mobilities: the list (coordinators see their departments) and one mobility. */
export function mobilityRoutes({ db }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/mobilities",
      tags: ["mobilities"],
      summary: "Search mobilities by year, programme, status, department, level, host country, partner or name",
      access: { roles: READERS },
      request: { query: MobilityQuery },
      responses: { 200: jsonResponse(MobilityPage, "A page of mobilities, latest year first") },
    }),
    async (c) => {
      const query = c.req.valid("query");
      const where = mobilityWhere(query, principalOf(c));
      const [rows, [total]] = await Promise.all([
        db
          .select()
          .from(mobilities)
          .where(where)
          .orderBy(desc(mobilities.academicYear), asc(mobilities.lastName), asc(mobilities.firstName), asc(mobilities.id))
          .limit(query.limit)
          .offset(query.offset),
        db.select({ n: count() }).from(mobilities).where(where),
      ]);
      return c.json({ items: rows.map(toMobility), total: total?.n ?? 0 }, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/mobilities/{id}",
      tags: ["mobilities"],
      summary: "One mobility",
      access: { roles: READERS },
      request: { params: IdParams },
      responses: { 200: jsonResponse(Mobility, "The mobility") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      return c.json(toMobility(await loadMobility(db, id, principalOf(c))), 200);
    },
  );

  return router;
}
