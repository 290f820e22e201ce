import { AUDIT_KINDS, AUDIT_OUTCOMES, CRITERION_STATUSES, LABEL_STATUSES, MEMBERSHIP_KINDS, MEMBERSHIP_STATUSES } from "@orbis/contracts/governance";
import type { FieldSpec } from "../records/fields";

export const labelFields: FieldSpec[] = [
  { name: "name", label: "labels.field.name", kind: "text", required: true },
  { name: "issuer", label: "labels.field.issuer", kind: "text", required: true },
  { name: "status", label: "labels.field.status", kind: "select", options: LABEL_STATUSES, optionPrefix: "labels.status." },
  { name: "grantedOn", label: "labels.field.grantedOn", kind: "date", nullable: true },
  { name: "expiresOn", label: "labels.field.expiresOn", kind: "date", nullable: true },
  { name: "renewalNoticeDays", label: "labels.field.renewalNoticeDays", kind: "integer" },
  { name: "scope", label: "labels.field.scope", kind: "textarea" },
];

export const criterionFields: FieldSpec[] = [
  { name: "code", label: "labels.field.code", kind: "text", required: true },
  { name: "status", label: "labels.field.status", kind: "select", options: CRITERION_STATUSES, optionPrefix: "labels.criterion." },
  { name: "text", label: "labels.field.text", kind: "textarea", required: true },
  { name: "evidence", label: "labels.field.evidence", kind: "textarea" },
];

export const auditFields: FieldSpec[] = [
  { name: "auditOn", label: "labels.field.auditOn", kind: "date", required: true },
  { name: "kind", label: "labels.field.kind", kind: "select", required: true, options: AUDIT_KINDS, optionPrefix: "labels.kind." },
  { name: "auditor", label: "labels.field.auditor", kind: "text" },
  { name: "outcome", label: "labels.field.outcome", kind: "select", options: AUDIT_OUTCOMES, optionPrefix: "labels.outcome." },
  { name: "report", label: "labels.field.report", kind: "textarea" },
];

export const membershipFields: FieldSpec[] = [
  { name: "name", label: "memberships.field.name", kind: "text", required: true },
  { name: "code", label: "memberships.field.code", kind: "text" },
  { name: "kind", label: "memberships.field.kind", kind: "select", required: true, options: MEMBERSHIP_KINDS, optionPrefix: "memberships.kind." },
  { name: "memberSince", label: "memberships.field.memberSince", kind: "date", required: true },
  { name: "renewalOn", label: "memberships.field.renewalOn", kind: "date", nullable: true },
  { name: "status", label: "memberships.field.status", kind: "select", options: MEMBERSHIP_STATUSES, optionPrefix: "memberships.status." },
  { name: "representatives", label: "memberships.field.representatives", kind: "list" },
  { name: "notes", label: "memberships.field.notes", kind: "textarea" },
];

export const feeFields: FieldSpec[] = [
  { name: "year", label: "memberships.field.year", kind: "integer", required: true },
  { name: "amountCents", label: "memberships.field.amount", kind: "euros", required: true },
  { name: "paidOn", label: "memberships.field.paidOn", kind: "date", nullable: true },
  { name: "invoiceRef", label: "memberships.field.invoiceRef", kind: "text" },
];

export const eventFields: FieldSpec[] = [
  { name: "title", label: "memberships.field.title", kind: "text", required: true },
  { name: "startsOn", label: "memberships.field.startsOn", kind: "date", required: true },
  { name: "location", label: "memberships.field.location", kind: "text" },
  { name: "attendees", label: "memberships.field.attendees", kind: "list" },
  { name: "report", label: "memberships.field.report", kind: "textarea" },
];
