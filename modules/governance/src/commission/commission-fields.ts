import { ACTION_STATUSES, DECISION_OUTCOMES, MEETING_STATUSES } from "@orbis/contracts/governance";
import type { FieldSpec } from "../records/fields";

export const meetingFields: FieldSpec[] = [
  { name: "title", label: "commission.field.title", kind: "text", required: true },
  { name: "heldOn", label: "commission.field.heldOn", kind: "date", required: true },
  { name: "location", label: "commission.field.location", kind: "text" },
  { name: "status", label: "commission.field.status", kind: "select", options: MEETING_STATUSES, optionPrefix: "commission.status." },
  { name: "minutes", label: "commission.field.minutes", kind: "textarea" },
];

export const agendaFields: FieldSpec[] = [
  { name: "position", label: "commission.field.position", kind: "integer", required: true },
  { name: "title", label: "commission.field.title", kind: "text", required: true },
  { name: "presenter", label: "commission.field.presenter", kind: "text" },
  { name: "notes", label: "commission.field.notes", kind: "textarea" },
];

export const decisionFields: FieldSpec[] = [
  { name: "reference", label: "commission.field.reference", kind: "text", required: true },
  { name: "outcome", label: "commission.field.outcome", kind: "select", options: DECISION_OUTCOMES, optionPrefix: "commission.outcome." },
  { name: "text", label: "commission.field.text", kind: "textarea", required: true },
];

export const actionFields: FieldSpec[] = [
  { name: "title", label: "commission.field.title", kind: "text", required: true },
  { name: "owner", label: "commission.field.owner", kind: "text", required: true },
  { name: "dueOn", label: "commission.field.dueOn", kind: "date", required: true },
  { name: "status", label: "commission.field.status", kind: "select", options: ACTION_STATUSES, optionPrefix: "commission.action." },
  { name: "notes", label: "commission.field.notes", kind: "textarea" },
];
