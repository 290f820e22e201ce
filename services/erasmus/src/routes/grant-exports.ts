import {
  ErasmusExportQuery,
  GRANT_EXPORT_CONTRACT,
  GRANT_EXPORT_FIELDS,
  GRANT_EXPORT_VERSION,
  PAYMENT_EXPORT_CONTRACT,
  PAYMENT_EXPORT_FIELDS,
  PAYMENT_EXPORT_VERSION,
} from "@orbis/contracts/erasmus";
import { createRouter, defineRoute, versionedExportResponse, versionedExportResponses } from "@orbis/service-kit";
import { and, asc, gt, gte } from "drizzle-orm";
import { grants, payments } from "../db/schema/index";
import { EXPORT } from "../domain/exports";
import { toGrantExportRow, toPaymentExportRow } from "../domain/grant-exports";
import type { RouteContext } from "./context";

const BATCH = 500;

/** Versioned, pseudonymous exports of grants and payments for analytics (NDJSON or CSV). */
export function grantExportRoutes({ db, now }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/exports/grants",
      tags: ["exports"],
      summary: `Contract ${GRANT_EXPORT_CONTRACT} v${GRANT_EXPORT_VERSION}: grants changed since an instant, streamed`,
      access: EXPORT,
      request: { query: ErasmusExportQuery },
      responses: versionedExportResponses,
    }),
    (c) => {
      const { since, format } = c.req.valid("query");
      const sinceFilter = since ? gte(grants.updatedAt, new Date(since)) : undefined;
      return versionedExportResponse<typeof grants.$inferSelect>({
        contract: GRANT_EXPORT_CONTRACT,
        version: GRANT_EXPORT_VERSION,
        fields: GRANT_EXPORT_FIELDS,
        format,
        since,
        generatedAt: now(),
        filename: "erasmus-grants",
        nextBatch: (after) => db.select().from(grants).where(and(sinceFilter, after ? gt(grants.id, after.id) : undefined)).orderBy(asc(grants.id)).limit(BATCH),
        toRows: (batch) => batch.map(toGrantExportRow),
      }) as never;
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/exports/payments",
      tags: ["exports"],
      summary: `Contract ${PAYMENT_EXPORT_CONTRACT} v${PAYMENT_EXPORT_VERSION}: payments recorded since an instant, streamed`,
      access: EXPORT,
      request: { query: ErasmusExportQuery },
      responses: versionedExportResponses,
    }),
    (c) => {
      const { since, format } = c.req.valid("query");
      const sinceFilter = since ? gte(payments.recordedAt, new Date(since)) : undefined;
      return versionedExportResponse<typeof payments.$inferSelect>({
        contract: PAYMENT_EXPORT_CONTRACT,
        version: PAYMENT_EXPORT_VERSION,
        fields: PAYMENT_EXPORT_FIELDS,
        format,
        since,
        generatedAt: now(),
        filename: "erasmus-payments",
        nextBatch: (after) => db.select().from(payments).where(and(sinceFilter, after ? gt(payments.id, after.id) : undefined)).orderBy(asc(payments.id)).limit(BATCH),
        toRows: (batch) => batch.map(toPaymentExportRow),
      }) as never;
    },
  );

  return router;
}
