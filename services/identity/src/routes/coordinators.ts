import { CoordinatorList } from "@orbis/contracts/identity";
import { createRouter, defineRoute, jsonResponse } from "@orbis/service-kit";
import { arrayContains, asc } from "drizzle-orm";
import { users } from "../db/schema";
import type { RouteContext } from "./context";

/**
 * The departmental coordinators and the departments they cover, for the services that run the coordinators' network
 * (governance) with their service token: names and emails only, nothing else of the accounts.
 */
export function coordinatorRoutes({ db }: RouteContext) {
  const router = createRouter();
  router.openapi(
    defineRoute({
      method: "get",
      path: "/coordinators",
      tags: ["users"],
      summary: "Every account with the coordinator role and its department scopes (service clients and administrators)",
      access: { roles: ["service", "admin"] },
      responses: { 200: jsonResponse(CoordinatorList, "The coordinators, by name") },
    }),
    async (c) => {
      const rows = await db
        .select({ id: users.id, name: users.name, email: users.email, scopes: users.scopes, active: users.active })
        .from(users)
        .where(arrayContains(users.roles, ["coordinator"]))
        .orderBy(asc(users.name), asc(users.email));
      return c.json({ items: rows }, 200);
    },
  );
  return router;
}
