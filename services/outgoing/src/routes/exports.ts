import { MOBILITY_EXPORT_CONTRACT, MOBILITY_EXPORT_FIELDS, MOBILITY_EXPORT_VERSION, MobilityExportQuery } from "@orbis/contracts/outgoing";
import { createRouter, defineRoute, versionedExportResponse, versionedExportResponses } from "@orbis/service-kit";
import { and, asc, gt, gte } from "drizzle-orm";
import { mobilities } from "../db/schema/index";
import { EXPORT_READERS } from "../domain/access";
import { toExportRow } from "../domain/exports";
import type { RouteContext } from "./context";

const BATCH = 500;

/** The versioned, pseudonymous mobility export for analytics: NDJSON (header line, then one row per line) or CSV. */
export function exportRoutes({ db, now }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/exports/mobilities",
      tags: ["exports"],
      summary: `Contract ${MOBILITY_EXPORT_CONTRACT} v${MOBILITY_EXPORT_VERSION}: mobilities changed since an instant, streamed`,
      access: { roles: EXPORT_READERS },
      request: { query: MobilityExportQuery },
      responses: versionedExportResponses,
    }),
    (c) => {
      const { since, format } = c.req.valid("query");
      const sinceFilter = since ? gte(mobilities.updatedAt, new Date(since)) : undefined;
      return versionedExportResponse<typeof mobilities.$inferSelect>({
        contract: MOBILITY_EXPORT_CONTRACT,
        version: MOBILITY_EXPORT_VERSION,
        fields: MOBILITY_EXPORT_FIELDS,
        format,
        since,
        generatedAt: now(),
        filename: "outgoing-mobilities",
        nextBatch: (after) =>
          db
            .select()
            .from(mobilities)
            .where(and(sinceFilter, after ? gt(mobilities.id, after.id) : undefined))
            .orderBy(asc(mobilities.id))
            .limit(BATCH),
        toRows: (batch) => batch.map(toExportRow),
      }) as never;
    },
  );

  return router;
}
