import { MOBILITY_EXPORT_CONTRACT, MOBILITY_EXPORT_FIELDS, MOBILITY_EXPORT_VERSION, MobilityExportQuery, type MobilityExportHeader } from "@orbis/contracts/outgoing";
import { createRouter, defineRoute } from "@orbis/service-kit";
import { and, asc, gt, gte, type SQL } from "drizzle-orm";
import { mobilities } from "../db/schema/index";
import { EXPORT_READERS } from "../domain/access";
import { csvHeader, csvLine, toExportRow } from "../domain/exports";
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
      responses: {
        200: {
          description: "NDJSON: a header object then one row per line; or CSV with the field names as header",
          content: { "application/x-ndjson": { schema: { type: "string" as const } }, "text/csv": { schema: { type: "string" as const } } },
        },
      },
    }),
    (c) => {
      const { since, format } = c.req.valid("query");
      const header: MobilityExportHeader = {
        contract: MOBILITY_EXPORT_CONTRACT,
        version: MOBILITY_EXPORT_VERSION,
        generatedAt: now().toISOString(),
        since: since ?? null,
        fields: [...MOBILITY_EXPORT_FIELDS],
      };
      const sinceFilter: SQL | undefined = since ? gte(mobilities.updatedAt, new Date(since)) : undefined;
      const encoder = new TextEncoder();
      let lastId: string | null = null;
      let started = false;
      // Batches by id (keyset), so the stream holds one batch in memory at a time.
      const stream = new ReadableStream<Uint8Array>({
        async pull(controller) {
          if (!started) {
            started = true;
            controller.enqueue(encoder.encode(format === "csv" ? csvHeader() : `${JSON.stringify(header)}\n`));
            return;
          }
          const rows = await db
            .select()
            .from(mobilities)
            .where(and(sinceFilter, lastId ? gt(mobilities.id, lastId) : undefined))
            .orderBy(asc(mobilities.id))
            .limit(BATCH);
          if (!rows.length) {
            controller.close();
            return;
          }
          lastId = rows[rows.length - 1]!.id;
          const lines = rows.map((row) => (format === "csv" ? csvLine(toExportRow(row)) : `${JSON.stringify(toExportRow(row))}\n`));
          controller.enqueue(encoder.encode(lines.join("")));
        },
      });
      const stamp = header.generatedAt.slice(0, 10);
      return new Response(stream, {
        status: 200,
        headers: {
          "content-type": format === "csv" ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8",
          "content-disposition": `attachment; filename="outgoing-mobilities-v${MOBILITY_EXPORT_VERSION}-${stamp}.${format === "csv" ? "csv" : "ndjson"}"`,
          "x-export-contract": `${MOBILITY_EXPORT_CONTRACT}; version=${MOBILITY_EXPORT_VERSION}`,
          "cache-control": "private, no-store",
        },
      }) as never;
    },
  );

  return router;
}
