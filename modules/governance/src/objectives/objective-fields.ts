import { INDICATOR_KEYS, INDICATORS, OBJECTIVE_STATUSES } from "@orbis/contracts/governance";
import type { FieldSpec } from "../records/fields";

/** The objective's form; the indicator options carry their French or English label (chosen at render). */
export function objectiveFields(locale: "fr" | "en"): FieldSpec[] {
  return [
    { name: "title", label: "objectives.field.title", kind: "text", required: true },
    { name: "axis", label: "objectives.field.axis", kind: "text" },
    {
      name: "indicatorKey",
      label: "objectives.field.indicatorKey",
      kind: "select",
      required: true,
      options: INDICATOR_KEYS.map((key) => ({ value: key, label: INDICATORS[key].label[locale] })),
    },
    { name: "direction", label: "objectives.field.direction", kind: "select", options: ["increase", "decrease"], optionPrefix: "objectives.direction." },
    { name: "startYear", label: "objectives.field.startYear", kind: "integer", required: true },
    { name: "endYear", label: "objectives.field.endYear", kind: "integer", required: true },
    { name: "owner", label: "objectives.field.owner", kind: "text" },
    { name: "status", label: "objectives.field.status", kind: "select", options: OBJECTIVE_STATUSES, optionPrefix: "objectives.status." },
    { name: "description", label: "objectives.field.description", kind: "textarea" },
  ];
}

export const targetFields: FieldSpec[] = [
  { name: "year", label: "objectives.field.year", kind: "integer", required: true },
  { name: "target", label: "objectives.field.target", kind: "number", required: true },
];

export const valueFields: FieldSpec[] = [
  { name: "year", label: "objectives.field.year", kind: "integer", required: true },
  { name: "value", label: "objectives.field.value", kind: "number", required: true },
  { name: "source", label: "objectives.field.source", kind: "text", required: true },
  { name: "measuredOn", label: "objectives.field.measuredOn", kind: "date" },
];
