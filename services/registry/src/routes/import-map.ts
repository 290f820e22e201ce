import { createHash } from "node:crypto";
import { ImportMap } from "@orbis/contracts/registry";
import type { Db } from "@orbis/db";
import { createRouter, defineRoute, jsonResponse } from "@orbis/service-kit";
import { buildImportMap } from "../modules/import-map";
import type { SharedDepsSource } from "../shared-deps";

/** The import map the shell boots from: public, never cached without revalidation, with an ETag for cheap checks. */
export function importMapRoutes(db: Db, sharedDeps: SharedDepsSource) {
  const router = createRouter();
  router.openapi(
    defineRoute({
      method: "get",
      path: "/importmap.json",
      tags: ["import map"],
      summary: "Native import map: shared libraries and the current entry of every enabled module",
      access: { public: true },
      responses: {
        200: jsonResponse(ImportMap, "The import map"),
        304: { description: "Unchanged since the ETag sent in If-None-Match" },
      },
    }),
    async (c) => {
      const body = JSON.stringify(await buildImportMap(db, await sharedDeps()));
      const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
      c.header("cache-control", "no-cache");
      c.header("etag", etag);
      if (matchesEtag(c.req.header("if-none-match"), etag)) return c.body(null, 304);
      return c.body(body, 200, { "content-type": "application/json; charset=utf-8" });
    },
  );
  return router;
}

function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t === etag || t === `W/${etag}`;
  });
}
