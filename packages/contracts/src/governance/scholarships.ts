import { z } from "zod";
import { Id } from "../common";
import { CountryCode } from "../agreements";
import { Email } from "../identity";
import { Cents, IsoDate, Label, PolicyYear, VersionBody, Versioned } from "./common";

/** Excellence scholarships: a call with a weighted grid, candidates scored by a committee, awards within budget, payments. */
export const ScholarshipCriterion = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, "Lowercase key (letters, digits, _)"),
  label: Label,
  weight: z.number().int().min(1).max(100),
});
export type ScholarshipCriterion = z.infer<typeof ScholarshipCriterion>;

/** Marks are out of 20, as French committees grade. */
export const MAX_MARK = 20;

const CallFields = z.object({
  title: Label,
  year: PolicyYear,
  closesOn: IsoDate,
  budgetCents: Cents,
  awardCents: Cents.refine((v) => v > 0, "More than zero"),
  criteria: z
    .array(ScholarshipCriterion)
    .min(1, "At least one criterion")
    .max(12)
    .refine((c) => new Set(c.map((x) => x.key)).size === c.length, "Criterion keys must differ"),
  committee: z.array(Email).min(1, "At least one committee member").max(20),
});
export const ScholarshipCallInput = CallFields;
export type ScholarshipCallInput = z.infer<typeof ScholarshipCallInput>;
export const ScholarshipCallUpdate = CallFields.extend(VersionBody.shape);
export const ScholarshipCallStatus = z.enum(["open", "awarded"]);
export const ScholarshipCall = CallFields.extend({
  id: Id,
  status: ScholarshipCallStatus,
  candidates: z.number().int(),
  awardedCents: z.number().int(),
  paidCents: z.number().int(),
  ...Versioned.shape,
});
export type ScholarshipCall = z.infer<typeof ScholarshipCall>;
export const ScholarshipCallList = z.array(ScholarshipCall);

const CandidateFields = z.object({ name: Label, email: Email, nationality: CountryCode, programmeOfStudy: Label });
export const CandidateInput = CandidateFields;
export const CandidateStatus = z.enum(["applied", "awarded", "not_awarded"]);
export const Payment = z.object({ amountCents: Cents.refine((v) => v > 0, "More than zero"), paidOn: IsoDate });
export const CandidateScore = z.object({ member: z.string(), marks: z.record(z.string(), z.number()), version: z.number().int() });
export const Candidate = CandidateFields.extend({
  id: Id,
  callId: Id,
  status: CandidateStatus,
  awardedCents: z.number().int(),
  payments: z.array(Payment),
  paidCents: z.number().int(),
  scores: z.array(CandidateScore),
  /** Mean over the members who scored of the weighted mark out of 20; null until someone scored. */
  weightedScore: z.number().nullable(),
  /** 1 = best; null while unscored. */
  rank: z.number().int().nullable(),
  ...Versioned.shape,
});
export type Candidate = z.infer<typeof Candidate>;
export const CandidateList = z.array(Candidate);

export const ScoreInput = z.object({
  marks: z.record(z.string(), z.number().min(0).max(MAX_MARK)),
  /** The version of the member's own score sheet; omitted the first time. */
  version: z.number().int().min(1).optional(),
});
export const AwardInput = VersionBody;
export const PaymentInput = Payment.extend(VersionBody.shape);
export const CallCandidateParams = z.object({ id: Id });
