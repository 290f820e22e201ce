import { ModuleEntry, Rollback } from "@orbis/contracts/registry";
import type { Db } from "@orbis/db";
import { createRouter, defineRoute, jsonBody, jsonResponse } from "@orbis/service-kit";
import { rollbackModule } from "../modules/rollback";
import { NameParams } from "./modules";

export function rollbackRoutes(db: Db) {
  const router = createRouter();
  router.openapi(
    defineRoute({
      method: "post",
      path: "/modules/{name}/rollback",
      tags: ["versions"],
      summary: "Make another published version current (`version` is the module record's version, for concurrency)",
      access: { roles: ["admin", "deployer"] },
      request: { params: NameParams, ...jsonBody(Rollback) },
      responses: { 200: jsonResponse(ModuleEntry, "The module, now on the chosen version") },
    }),
    async (c) => {
      const entry = await rollbackModule(db, c, c.req.valid("param").name, c.req.valid("json"));
      return c.json(entry, 200);
    },
  );
  return router;
}
