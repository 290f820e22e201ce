import { ERASMUS_PROGRAMMES, ErasmusMobilityPage, ErasmusMobilityQuery } from "@orbis/contracts/outgoing";
import { createRouter, defineRoute, jsonResponse } from "@orbis/service-kit";
import { and, asc, count, eq, gte, inArray, type SQL } from "drizzle-orm";
import { mobilities } from "../db/schema/index";
import { MACHINE_READERS } from "../domain/access";
import { toErasmusMobility } from "../domain/exports";
import type { RouteContext } from "./context";

/** Erasmus+ (KA131, KA171) mobilities for the Erasmus+ service, which computes and pays the grants. */
export function erasmusRoutes({ db }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/erasmus/mobilities",
      tags: ["exports"],
      summary: "Erasmus+ mobilities of a year and/or changed since an instant, with the student's identity (paged, oldest change first)",
      access: { roles: MACHINE_READERS },
      request: { query: ErasmusMobilityQuery },
      responses: { 200: jsonResponse(ErasmusMobilityPage, "A page of Erasmus+ mobilities") },
    }),
    async (c) => {
      const query = c.req.valid("query");
      const where: SQL[] = [inArray(mobilities.programme, [...ERASMUS_PROGRAMMES])];
      if (query.academicYear !== undefined) where.push(eq(mobilities.academicYear, query.academicYear));
      if (query.since) where.push(gte(mobilities.updatedAt, new Date(query.since)));
      const [rows, [total]] = await Promise.all([
        db
          .select()
          .from(mobilities)
          .where(and(...where))
          .orderBy(asc(mobilities.updatedAt), asc(mobilities.id))
          .limit(query.limit)
          .offset(query.offset),
        db.select({ n: count() }).from(mobilities).where(and(...where)),
      ]);
      return c.json({ items: rows.map(toErasmusMobility), total: total?.n ?? 0 }, 200);
    },
  );

  return router;
}
