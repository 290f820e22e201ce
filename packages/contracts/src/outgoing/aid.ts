import { z } from "zod";
import { Id, IsoDateTime, Version } from "../common";
import { AcademicYearStart, IsoDate, OutgoingProgramme, StudyLevel } from "./common";

/**
 * Mobility aids other than Erasmus+ grants: the national "aide à la mobilité internationale" (AMI) for scholarship
 * holders, regional grants, the university's own grants. Amounts are integer euro cents.
 */
export const AID_KINDS = ["ami", "regional", "university", "other"] as const;
export const AidKind = z.enum(AID_KINDS);
export const AID_AMOUNT_TYPES = ["monthly", "lump-sum"] as const;
export const AidAmountType = z.enum(AID_AMOUNT_TYPES);
export const Cents = z.number().int().min(0).max(1_000_000_000);

/** Who may receive the aid; empty lists mean "any". */
export const AidRules = z
  .object({
    scholarshipHolderRequired: z.boolean().default(false),
    minMonths: z.number().int().min(0).max(24).default(0),
    maxMonths: z.number().int().min(1).max(24).nullable().default(null),
    programmes: z.array(OutgoingProgramme).max(10).default([]),
    levels: z.array(StudyLevel).max(10).default([]),
  })
  .refine((r) => r.maxMonths === null || r.maxMonths >= r.minMonths, { path: ["maxMonths"], message: "Cannot be below the minimum duration" });
export type AidRules = z.infer<typeof AidRules>;

const AidFields = z.object({
  kind: AidKind,
  name: z.string().trim().min(1).max(200),
  academicYear: AcademicYearStart,
  budgetCents: Cents,
  amountType: AidAmountType,
  /** Per month (monthly) or once (lump sum). */
  amountCents: Cents,
  /** Monthly aids pay at most this many months. */
  maxFundedMonths: z.number().int().min(1).max(24).default(9),
  rules: AidRules,
});
export const AidInput = AidFields;
export type AidInput = z.infer<typeof AidInput>;
export const AidUpdate = AidFields.extend({ version: Version });
export type AidUpdate = z.infer<typeof AidUpdate>;

export const Aid = AidFields.extend({
  id: Id,
  version: Version,
  /** Sum of the awards not cancelled. */
  committedCents: Cents,
  remainingCents: z.number().int(),
  awardCount: z.number().int(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Aid = z.infer<typeof Aid>;
export const AidList = z.array(Aid);
export const AidQuery = z.object({ academicYear: z.coerce.number().int().min(1990).max(2100).optional() });

/** One rule checked against a mobility, with what was found. */
export const EligibilityCheck = z.object({ rule: z.string(), passed: z.boolean(), detail: z.string() });
export const AidEligibility = z.object({
  aidId: Id,
  aidName: z.string(),
  eligible: z.boolean(),
  checks: z.array(EligibilityCheck),
  months: z.number().int(),
  fundedMonths: z.number().int(),
  amountCents: Cents,
  remainingCents: z.number().int(),
});
export type AidEligibility = z.infer<typeof AidEligibility>;
export const AidEligibilityList = z.array(AidEligibility);

export const AWARD_STATUSES = ["awarded", "paid", "cancelled"] as const;
export const AwardStatus = z.enum(AWARD_STATUSES);
export type AwardStatus = z.infer<typeof AwardStatus>;

export const CreateAward = z.object({ aidId: Id });
export const ChangeAwardStatus = z
  .object({
    version: Version,
    status: z.enum(["paid", "cancelled"]),
    paidOn: IsoDate.optional(),
    reason: z.string().trim().max(500).optional(),
  })
  .superRefine((b, ctx) => {
    if (b.status === "paid" && !b.paidOn) ctx.addIssue({ code: "custom", path: ["paidOn"], message: "The payment date" });
    if (b.status === "cancelled" && (b.reason ?? "").length < 3) ctx.addIssue({ code: "custom", path: ["reason"], message: "Why the award is cancelled" });
  });
export type ChangeAwardStatus = z.infer<typeof ChangeAwardStatus>;

export const AidAward = z.object({
  id: Id,
  version: Version,
  aidId: Id,
  aidName: z.string(),
  mobilityId: Id,
  months: z.number().int(),
  fundedMonths: z.number().int(),
  amountCents: Cents,
  status: AwardStatus,
  paidOn: IsoDate.nullable(),
  cancelReason: z.string().nullable(),
  eligibility: z.array(EligibilityCheck),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type AidAward = z.infer<typeof AidAward>;
export const AidAwardList = z.array(AidAward);

/** A student's funding for one mobility across aids. */
export const MobilityFunding = z.object({
  mobilityId: Id,
  awards: z.array(AidAward),
  /** Awards not cancelled (awarded or paid). */
  totalCents: Cents,
  paidCents: Cents,
  /**
   * The Erasmus+ grant lives in the Erasmus+ service; this service does not call it. Always null here: a gateway or
   * the Erasmus+ service fills it in.
   */
  erasmusGrantCents: Cents.nullable(),
});
export type MobilityFunding = z.infer<typeof MobilityFunding>;
