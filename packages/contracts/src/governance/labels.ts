import { z } from "zod";
import { editOf, IsoDate, Label, LongText, pageOf, Paging, QueryText, Versioned } from "./common";

const uuid = z.string().uuid();

export const LABEL_STATUSES = ["preparing", "applied", "granted", "suspended", "expired", "withdrawn"] as const;
export const LabelStatus = z.enum(LABEL_STATUSES);
export const CreateQualityLabel = z.object({
  name: Label,
  issuer: Label,
  scope: LongText.optional(),
  status: LabelStatus.optional(),
  grantedOn: IsoDate.nullable().optional(),
  expiresOn: IsoDate.nullable().optional(),
  /** How long before expiry the renewal must start (the alert shows from then). */
  renewalNoticeDays: z.number().int().min(0).max(730).optional(),
  notes: LongText.optional(),
});
export const UpdateQualityLabel = editOf(CreateQualityLabel);
export const QualityLabel = z.object({
  id: uuid,
  name: z.string(),
  issuer: z.string(),
  scope: z.string(),
  status: LabelStatus,
  grantedOn: z.string().nullable(),
  expiresOn: z.string().nullable(),
  renewalNoticeDays: z.number().int(),
  notes: z.string(),
  ...Versioned.shape,
});
export type QualityLabel = z.infer<typeof QualityLabel>;
export const QualityLabelPage = pageOf(QualityLabel);
export const QualityLabelQuery = z.object({
  status: LabelStatus.optional(),
  /** Only labels whose renewal window is open (or already expired while granted). */
  renewalDue: z.enum(["true", "false"]).optional(),
  q: QueryText,
  ...Paging,
});

export const CRITERION_STATUSES = ["not-assessed", "met", "partly-met", "not-met"] as const;
export const CriterionStatus = z.enum(CRITERION_STATUSES);
export const CreateLabelCriterion = z.object({
  labelId: uuid,
  code: z.string().trim().min(1).max(20),
  text: z.string().trim().min(1).max(2000),
  status: CriterionStatus.optional(),
  /** What proves it (documents are uploaded on the label). */
  evidence: LongText.optional(),
});
export const UpdateLabelCriterion = editOf(CreateLabelCriterion.omit({ labelId: true }));
export const LabelCriterion = z.object({ id: uuid, labelId: uuid, code: z.string(), text: z.string(), status: CriterionStatus, evidence: z.string(), ...Versioned.shape });
export type LabelCriterion = z.infer<typeof LabelCriterion>;
export const LabelCriterionPage = pageOf(LabelCriterion);
export const LabelCriterionQuery = z.object({ labelId: uuid.optional(), ...Paging });

export const AUDIT_KINDS = ["initial", "follow-up", "renewal"] as const;
export const AUDIT_OUTCOMES = ["scheduled", "passed", "passed-with-reservations", "failed"] as const;
export const CreateLabelAudit = z.object({
  labelId: uuid,
  auditOn: IsoDate,
  kind: z.enum(AUDIT_KINDS),
  auditor: Label.optional(),
  outcome: z.enum(AUDIT_OUTCOMES).optional(),
  report: LongText.optional(),
});
export const UpdateLabelAudit = editOf(CreateLabelAudit.omit({ labelId: true }));
export const LabelAudit = z.object({
  id: uuid,
  labelId: uuid,
  auditOn: z.string(),
  kind: z.enum(AUDIT_KINDS),
  auditor: z.string(),
  outcome: z.enum(AUDIT_OUTCOMES),
  report: z.string(),
  ...Versioned.shape,
});
export type LabelAudit = z.infer<typeof LabelAudit>;
export const LabelAuditPage = pageOf(LabelAudit);
export const LabelAuditQuery = z.object({ labelId: uuid.optional(), ...Paging });
