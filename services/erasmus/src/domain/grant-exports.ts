import { GrantResult, type GrantExportRow, type PaymentExportRow } from "@orbis/contracts/erasmus";
import type { grants, payments } from "../db/schema/index";

/** The pseudonymous analytics row of a grant: its amounts per component, no name. */
export function toGrantExportRow(row: typeof grants.$inferSelect): GrantExportRow {
  const parsed = row.result ? GrantResult.safeParse(row.result) : null;
  const result = parsed?.success ? parsed.data : null;
  const component = (code: string) => result?.components.filter((c) => c.code === code).reduce((sum, c) => sum + c.amountCents, 0) ?? 0;
  return {
    id: row.id,
    source: row.source,
    mobilityId: row.mobilityId,
    projectId: row.projectId,
    academicYear: row.academicYear,
    department: row.department,
    countryCode: row.countryCode,
    mobilityStatus: row.mobilityStatus,
    destinationGroup: result?.group ?? null,
    fundedDays: result?.fundedDays ?? null,
    individualSupportCents: component("individualSupport"),
    fewerOpportunitiesCents: component("fewerOpportunities"),
    traineeshipCents: component("traineeship"),
    travelCents: component("travel"),
    greenTopUpCents: component("greenTopUp"),
    totalCents: row.totalCents,
    paidCents: row.paidCents,
    reportSubmitted: row.reportSubmitted,
    problem: row.problem,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const toPaymentExportRow = (row: typeof payments.$inferSelect): PaymentExportRow => ({
  id: row.id,
  grantId: row.grantId,
  kind: row.kind,
  amountCents: row.amountCents,
  paidOn: row.paidOn,
  recordedAt: row.recordedAt.toISOString(),
});
