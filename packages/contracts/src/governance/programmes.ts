import { z } from "zod";
import { Id } from "../common";
import { Cents, IsoDate, Label, LongText, PolicyYear, VersionBody, Versioned } from "./common";

/** Strategic programmes with partner institutions (joint programmes, joint institutes, networks of institutes). */
export const ProgrammeKind = z.enum(["joint_programme", "joint_institute", "network", "double_degree"]);
export const ProgrammeStatus = z.enum(["planned", "active", "ended"]);

export const Milestone = z.object({ label: Label, dueDate: IsoDate, done: z.boolean().default(false) });
export const FundingLine = z.object({ year: PolicyYear, funder: Label, amountCents: Cents });
export const ProgrammeParticipant = z.object({ name: Label, role: Label, institution: Label });
export const Renewal = z.object({ previousEndDate: z.string(), newEndDate: z.string(), decidedOn: z.string(), note: z.string() });

const ProgrammeFields = z.object({
  name: Label,
  kind: ProgrammeKind,
  status: ProgrammeStatus,
  /** Partner institutions by name; their ids in the agreements service when known. */
  partnerNames: z.array(Label).min(1, "At least one partner").max(30),
  partnerIds: z.array(Id).max(30).default([]),
  startDate: IsoDate,
  /** When the current convention ends (renewal due before). */
  endDate: IsoDate,
  description: LongText.default(""),
  milestones: z.array(Milestone).max(100).default([]),
  funding: z.array(FundingLine).max(100).default([]),
  participants: z.array(ProgrammeParticipant).max(200).default([]),
});
const inOrder = (v: { startDate: string; endDate: string }, ctx: z.RefinementCtx) => {
  if (v.endDate < v.startDate) ctx.addIssue({ code: "custom", path: ["endDate"], message: "Ends before it starts" });
};
export const ProgrammeInput = ProgrammeFields.superRefine(inOrder);
export type ProgrammeInput = z.infer<typeof ProgrammeInput>;
export const ProgrammeUpdate = ProgrammeFields.extend(VersionBody.shape).superRefine(inOrder);

export const Programme = ProgrammeFields.extend({
  id: Id,
  renewals: z.array(Renewal),
  /** Active and ending within six months: time to prepare the renewal. */
  renewalDue: z.boolean(),
  fundingTotalCents: z.number().int(),
  ...Versioned.shape,
});
export type Programme = z.infer<typeof Programme>;
export const ProgrammeList = z.array(Programme);
export const ProgrammeQuery = z.object({ status: ProgrammeStatus.optional(), renewalDue: z.enum(["true", "false"]).optional() });

export const ProgrammeRenewalInput = z.object({ newEndDate: IsoDate, note: LongText.default(""), ...VersionBody.shape });
export type ProgrammeKind = z.infer<typeof ProgrammeKind>;
export type ProgrammeStatus = z.infer<typeof ProgrammeStatus>;
export type Milestone = z.infer<typeof Milestone>;
export type FundingLine = z.infer<typeof FundingLine>;
export type ProgrammeParticipant = z.infer<typeof ProgrammeParticipant>;
export type Renewal = z.infer<typeof Renewal>;
