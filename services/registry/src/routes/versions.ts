import { count, desc, eq } from "drizzle-orm";
import { ModuleEntry, ModuleVersionPage, PublishVersion, VersionQuery } from "@orbis/contracts/registry";
import type { Db } from "@orbis/db";
import { createRouter, defineRoute, jsonBody, jsonResponse } from "@orbis/service-kit";
import { moduleVersions } from "../db/schema";
import { toModuleVersion } from "../modules/mappers";
import { publishVersion } from "../modules/publish";
import { findModuleWithCurrent } from "../modules/queries";
import { NameParams } from "./modules";

/** Published builds of a module: the history, and publishing a new one (the deploy command's call). */
export function versionRoutes(db: Db) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/modules/{name}/versions",
      tags: ["versions"],
      summary: "Published versions, newest first, flagging the current one",
      access: { roles: ["admin"] },
      request: { params: NameParams, query: VersionQuery },
      responses: { 200: jsonResponse(ModuleVersionPage, "A page of versions") },
    }),
    async (c) => {
      const { name } = c.req.valid("param");
      const { limit, offset } = c.req.valid("query");
      const { module } = await findModuleWithCurrent(db, name);
      const byModule = eq(moduleVersions.module, name);
      const [rows, [total]] = await Promise.all([
        db.select().from(moduleVersions).where(byModule).orderBy(desc(moduleVersions.id)).limit(limit).offset(offset),
        db.select({ n: count() }).from(moduleVersions).where(byModule),
      ]);
      const items = rows.map((r) => ({ ...toModuleVersion(r), current: r.version === module.currentVersion }));
      return c.json({ items, total: total?.n ?? 0 }, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/modules/{name}/versions",
      tags: ["versions"],
      summary: "Publish a build and make it current (the first publish also registers the module)",
      description:
        "Files must live under /static/<name>/<version>/. Re-publishing the same version with the same files answers 200 " +
        "and changes nothing; with different files, 409 duplicate.",
      access: { roles: ["admin", "deployer"] },
      request: { params: NameParams, ...jsonBody(PublishVersion) },
      responses: {
        200: jsonResponse(ModuleEntry, "This exact build was already published: nothing changed"),
        201: jsonResponse(ModuleEntry, "Published and current"),
      },
    }),
    async (c) => {
      const outcome = await publishVersion(db, c, c.req.valid("param").name, c.req.valid("json"));
      return outcome.status === 201 ? c.json(outcome.entry, 201) : c.json(outcome.entry, 200);
    },
  );

  return router;
}
