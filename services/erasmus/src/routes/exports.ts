import {
  ErasmusExportQuery,
  PROJECT_EXPORT_CONTRACT,
  PROJECT_EXPORT_FIELDS,
  PROJECT_EXPORT_VERSION,
  STAFF_MOBILITY_EXPORT_CONTRACT,
  STAFF_MOBILITY_EXPORT_FIELDS,
  STAFF_MOBILITY_EXPORT_VERSION,
} from "@orbis/contracts/erasmus";
import { createRouter, defineRoute, versionedExportResponse, versionedExportResponses } from "@orbis/service-kit";
import { and, asc, gt, gte } from "drizzle-orm";
import { cooperationProjects, projects, staffMobilities } from "../db/schema/index";
import { EXPORT, toProjectExportRow, toStaffMobilityExportRow, type AnyProjectRow } from "../domain/exports";
import type { RouteContext } from "./context";

const BATCH = 500;

/** Versioned, pseudonymous exports for analytics: NDJSON (header line, then one row per line) or CSV. */
export function exportRoutes({ db, now }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/exports/staff-mobilities",
      tags: ["exports"],
      summary: `Contract ${STAFF_MOBILITY_EXPORT_CONTRACT} v${STAFF_MOBILITY_EXPORT_VERSION}: staff mobilities changed since an instant, streamed`,
      access: EXPORT,
      request: { query: ErasmusExportQuery },
      responses: versionedExportResponses,
    }),
    (c) => {
      const { since, format } = c.req.valid("query");
      const sinceFilter = since ? gte(staffMobilities.updatedAt, new Date(since)) : undefined;
      return versionedExportResponse<typeof staffMobilities.$inferSelect>({
        contract: STAFF_MOBILITY_EXPORT_CONTRACT,
        version: STAFF_MOBILITY_EXPORT_VERSION,
        fields: STAFF_MOBILITY_EXPORT_FIELDS,
        format,
        since,
        generatedAt: now(),
        filename: "erasmus-staff-mobilities",
        nextBatch: (after) =>
          db
            .select()
            .from(staffMobilities)
            .where(and(sinceFilter, after ? gt(staffMobilities.id, after.id) : undefined))
            .orderBy(asc(staffMobilities.id))
            .limit(BATCH),
        toRows: (batch) => batch.map(toStaffMobilityExportRow),
      }) as never;
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/exports/projects",
      tags: ["exports"],
      summary: `Contract ${PROJECT_EXPORT_CONTRACT} v${PROJECT_EXPORT_VERSION}: mobility (KA1) then cooperation (KA2) projects changed since an instant`,
      access: EXPORT,
      request: { query: ErasmusExportQuery },
      responses: versionedExportResponses,
    }),
    (c) => {
      const { since, format } = c.req.valid("query");
      const at = since ? new Date(since) : undefined;
      const mobilityBatch = async (afterId?: string): Promise<AnyProjectRow[]> =>
        (
          await db
            .select()
            .from(projects)
            .where(and(at ? gte(projects.updatedAt, at) : undefined, afterId ? gt(projects.id, afterId) : undefined))
            .orderBy(asc(projects.id))
            .limit(BATCH)
        ).map((row) => ({ kind: "mobility", row }));
      const cooperationBatch = async (afterId?: string): Promise<AnyProjectRow[]> =>
        (
          await db
            .select()
            .from(cooperationProjects)
            .where(and(at ? gte(cooperationProjects.updatedAt, at) : undefined, afterId ? gt(cooperationProjects.id, afterId) : undefined))
            .orderBy(asc(cooperationProjects.id))
            .limit(BATCH)
        ).map((row) => ({ kind: "cooperation", row }));
      return versionedExportResponse<AnyProjectRow>({
        contract: PROJECT_EXPORT_CONTRACT,
        version: PROJECT_EXPORT_VERSION,
        fields: PROJECT_EXPORT_FIELDS,
        format,
        since,
        generatedAt: now(),
        filename: "erasmus-projects",
        // Keyset over the two tables in turn: every mobility project, then every cooperation project.
        nextBatch: async (after) => {
          if (after?.kind === "cooperation") return cooperationBatch(after.row.id);
          const batch = await mobilityBatch(after?.row.id);
          return batch.length ? batch : cooperationBatch();
        },
        toRows: (batch) => batch.map(toProjectExportRow),
      }) as never;
    },
  );

  return router;
}
