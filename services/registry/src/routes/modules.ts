import { and, arrayContains, count, eq, type SQL } from "drizzle-orm";
import { z } from "zod";
import { ModuleEntry, ModuleName, ModulePage, ModuleQuery, UpdateModule } from "@orbis/contracts/registry";
import type { Db } from "@orbis/db";
import { createRouter, defineRoute, jsonBody, jsonResponse } from "@orbis/service-kit";
import { modules } from "../db/schema";
import { toModuleEntry } from "../modules/mappers";
import { findModuleWithCurrent, selectModulesWithCurrent } from "../modules/queries";
import { updateModule } from "../modules/update";

export const NameParams = z.object({ name: ModuleName });

/** Administration of the module records: list, read, edit metadata. */
export function moduleRoutes(db: Db) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/modules",
      tags: ["modules"],
      summary: "Every registered module with its current build",
      access: { roles: ["admin"] },
      request: { query: ModuleQuery },
      responses: { 200: jsonResponse(ModulePage, "A page of modules, in menu order") },
    }),
    async (c) => {
      const query = c.req.valid("query");
      const conditions: SQL[] = [];
      if (query.enabled) conditions.push(eq(modules.enabled, query.enabled === "true"));
      if (query.framework) conditions.push(eq(modules.framework, query.framework));
      if (query.role) conditions.push(arrayContains(modules.roles, [query.role]));
      const where = conditions.length ? and(...conditions) : undefined;
      const [rows, [total]] = await Promise.all([
        selectModulesWithCurrent(db, where).limit(query.limit).offset(query.offset),
        db.select({ n: count() }).from(modules).where(where),
      ]);
      return c.json({ items: rows.map((r) => toModuleEntry(r.module, r.current)), total: total?.n ?? 0 }, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/modules/{name}",
      tags: ["modules"],
      summary: "One module with its current build",
      access: { roles: ["admin"] },
      request: { params: NameParams },
      responses: { 200: jsonResponse(ModuleEntry, "The module") },
    }),
    async (c) => {
      const row = await findModuleWithCurrent(db, c.req.valid("param").name);
      return c.json(toModuleEntry(row.module, row.current), 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "patch",
      path: "/modules/{name}",
      tags: ["modules"],
      summary: "Edit who sees a module, its label, its menu position or whether it is enabled",
      access: { roles: ["admin"] },
      request: { params: NameParams, ...jsonBody(UpdateModule) },
      responses: { 200: jsonResponse(ModuleEntry, "The updated module") },
    }),
    async (c) => {
      const entry = await updateModule(db, c, c.req.valid("param").name, c.req.valid("json"));
      return c.json(entry, 200);
    },
  );

  return router;
}
