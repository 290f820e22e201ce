import { GOVERNANCE_EXPORT_VERSION, GOVERNANCE_EXPORTS, GovernanceExportQuery } from "@orbis/contracts/governance";
import { createRouter, defineRoute, versionedExportResponse, versionedExportResponses } from "@orbis/service-kit";
import { and, asc, eq, gt, gte } from "drizzle-orm";
import { missions, scholarshipCalls, scholarshipCandidates } from "../db/schema/index";
import { paidOf } from "../domain/scholarships";
import type { RouteContext } from "./context";

const BATCH = 500;
/** Analytics (service), analysts and leadership load the datasets. */
export const EXPORT_READERS = ["leadership", "admin", "analyst", "analytics"] as const;

/** Versioned, pseudonymous NDJSON/CSV datasets for analytics (keyset batches by id). */
export function governanceExportRoutes({ db, now }: RouteContext) {
  const router = createRouter();
  const route = (dataset: "missions" | "scholarships") =>
    defineRoute({
      method: "get",
      path: `/exports/${dataset}`,
      tags: ["exports"],
      summary: `Contract ${GOVERNANCE_EXPORTS[dataset].contract} v${GOVERNANCE_EXPORT_VERSION}: rows changed since an instant, streamed`,
      access: { roles: EXPORT_READERS },
      request: { query: GovernanceExportQuery },
      responses: versionedExportResponses,
    });
  const common = (dataset: "missions" | "scholarships", query: { since?: string | undefined; format: "ndjson" | "csv" }) => ({
    contract: GOVERNANCE_EXPORTS[dataset].contract,
    version: GOVERNANCE_EXPORT_VERSION,
    fields: GOVERNANCE_EXPORTS[dataset].fields,
    format: query.format,
    since: query.since,
    generatedAt: now(),
    filename: `governance-${dataset}`,
  });

  router.openapi(route("missions"), (c) => {
    const query = c.req.valid("query");
    const since = query.since ? gte(missions.updatedAt, new Date(query.since)) : undefined;
    return versionedExportResponse<typeof missions.$inferSelect>({
      ...common("missions", query),
      nextBatch: (after) => db.select().from(missions).where(and(since, after ? gt(missions.id, after.id) : undefined)).orderBy(asc(missions.id)).limit(BATCH),
      toRows: (batch) =>
        batch.map((m) => ({
          id: m.id, year: m.year, department: m.department, destinationCountry: m.destinationCountry, startDate: m.startDate, endDate: m.endDate,
          status: m.status, totalCents: m.totalCents, reimbursedCents: m.reimbursedCents, updatedAt: m.updatedAt.toISOString(),
        })),
    }) as never;
  });

  router.openapi(route("scholarships"), (c) => {
    const query = c.req.valid("query");
    const since = query.since ? gte(scholarshipCandidates.updatedAt, new Date(query.since)) : undefined;
    type Row = { candidate: typeof scholarshipCandidates.$inferSelect; year: number };
    return versionedExportResponse<Row>({
      ...common("scholarships", query),
      nextBatch: (after) =>
        db
          .select({ candidate: scholarshipCandidates, year: scholarshipCalls.year })
          .from(scholarshipCandidates)
          .innerJoin(scholarshipCalls, eq(scholarshipCandidates.callId, scholarshipCalls.id))
          .where(and(since, after ? gt(scholarshipCandidates.id, after.candidate.id) : undefined))
          .orderBy(asc(scholarshipCandidates.id))
          .limit(BATCH),
      toRows: (batch) =>
        batch.map(({ candidate: s, year }) => ({
          id: s.id, callId: s.callId, year, nationality: s.nationality, status: s.status, awardedCents: s.awardedCents, paidCents: paidOf(s), updatedAt: s.updatedAt.toISOString(),
        })),
    }) as never;
  });

  return router;
}
