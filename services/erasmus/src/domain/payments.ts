import type { Payment, PaymentSchedule } from "@orbis/contracts/erasmus";
import type { payments } from "../db/schema/index";
import type { GrantRow } from "./grant-rows";

export type PaymentRow = typeof payments.$inferSelect;

export const toPayment = (row: PaymentRow): Payment => ({
  id: row.id,
  grantId: row.grantId,
  kind: row.kind as Payment["kind"],
  amountCents: row.amountCents,
  paidOn: row.paidOn,
  reference: row.reference,
  recordedBy: row.recordedBy,
  recordedAt: row.recordedAt.toISOString(),
});

/** Pre-financing (the call's percentage of the grant, before departure), then the balance once the report is in. */
export function scheduleOf(grant: GrantRow, rows: PaymentRow[], prefinancingPercent: number): PaymentSchedule {
  const prefinancing = Math.round((grant.totalCents * prefinancingPercent) / 100);
  const paid = (kind: string) => rows.filter((r) => r.kind === kind).reduce((s, r) => s + r.amountCents, 0);
  const paidCents = rows.reduce((s, r) => s + r.amountCents, 0);
  return {
    grantId: grant.id,
    totalCents: grant.totalCents,
    prefinancingPercent,
    instalments: [
      { kind: "prefinancing", amountCents: prefinancing, paidCents: paid("prefinancing"), due: "before-departure", payable: true },
      { kind: "balance", amountCents: grant.totalCents - prefinancing, paidCents: paid("balance"), due: "after-report", payable: grant.reportSubmitted },
    ],
    payments: rows.map(toPayment),
    paidCents,
    remainingCents: grant.totalCents - paidCents,
  };
}
