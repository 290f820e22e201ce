import { z } from "zod";
import { Id, IsoDateTime } from "../common";
import { Cents, IsoDate } from "./common";
import { BudgetCategory } from "./projects";

export const PAYMENT_KINDS = ["prefinancing", "balance", "adjustment"] as const;
export const PaymentKind = z.enum(PAYMENT_KINDS);
export type PaymentKind = z.infer<typeof PaymentKind>;

export const RecordPayment = z.object({
  /** The same key twice records the payment once (a double click, a retried request). */
  idempotencyKey: z.string().trim().min(8).max(100),
  kind: PaymentKind,
  amountCents: Cents.refine((n) => n > 0, "A payment is more than zero"),
  paidOn: IsoDate,
  reference: z.string().trim().max(200).default(""),
});
export type RecordPayment = z.infer<typeof RecordPayment>;

export const Payment = z.object({
  id: Id,
  grantId: Id,
  kind: PaymentKind,
  amountCents: Cents,
  paidOn: IsoDate,
  reference: z.string(),
  recordedBy: z.string(),
  recordedAt: IsoDateTime,
});
export type Payment = z.infer<typeof Payment>;

/** The participant's schedule: pre-financing before departure, the balance after the participant report. */
export const PaymentSchedule = z.object({
  grantId: Id,
  totalCents: Cents,
  prefinancingPercent: z.number().int(),
  instalments: z.array(z.object({ kind: z.enum(["prefinancing", "balance"]), amountCents: Cents, paidCents: Cents, due: z.enum(["before-departure", "after-report"]), payable: z.boolean() })),
  payments: z.array(Payment),
  paidCents: Cents,
  remainingCents: z.number().int(),
});
export type PaymentSchedule = z.infer<typeof PaymentSchedule>;

export const BudgetLine = z.object({
  category: BudgetCategory,
  allocatedCents: Cents,
  /** Grants computed for the project's mobilities (all, planned ones included). */
  committedCents: Cents,
  paidCents: Cents,
  /** What the category will need: committed grants plus the ones not computable yet, estimated at the average. */
  forecastCents: Cents,
  overspent: z.boolean(),
});
export const ProjectBudget = z.object({
  projectId: Id,
  participants: z.number().int(),
  incomplete: z.number().int(),
  lines: z.array(BudgetLine),
  alerts: z.array(z.object({ category: BudgetCategory, overByCents: z.number().int() })),
});
export type ProjectBudget = z.infer<typeof ProjectBudget>;
