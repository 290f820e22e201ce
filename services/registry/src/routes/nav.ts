import { and, arrayOverlaps, eq, isNotNull } from "drizzle-orm";
import { z } from "zod";
import { NavModule } from "@orbis/contracts/registry";
import type { Db } from "@orbis/db";
import { createRouter, defineRoute, jsonResponse, principalOf } from "@orbis/service-kit";
import { modules } from "../db/schema";
import { toNavModule } from "../modules/mappers";
import { selectModulesWithCurrent } from "../modules/queries";

/** The navigation the shell builds for the caller: the live modules their roles open (admin sees them all). */
export function navRoutes(db: Db) {
  const router = createRouter();
  router.openapi(
    defineRoute({
      method: "get",
      path: "/nav",
      tags: ["navigation"],
      summary: "Modules the caller may open, in menu order",
      access: { authenticated: true },
      responses: { 200: jsonResponse(z.array(NavModule), "Navigation entries") },
    }),
    async (c) => {
      const { roles } = principalOf(c);
      if (roles.length === 0) return c.json([], 200);
      const live = and(eq(modules.enabled, true), isNotNull(modules.currentVersion));
      const allowed = roles.includes("admin") ? live : and(live, arrayOverlaps(modules.roles, roles));
      const rows = await selectModulesWithCurrent(db, allowed);
      const nav = rows.flatMap((r) => (r.current ? [toNavModule(r.module, r.current)] : []));
      return c.json(nav, 200);
    },
  );
  return router;
}
