import type { Role } from "@orbis/contracts/common";
import type { ModuleEntry } from "@orbis/contracts/registry";
import type { ModuleUpdate } from "../api/registry";

export interface ModuleFormValues {
  labelFr: string;
  labelEn: string;
  /** As typed in the number input. */
  order: string;
  roles: Role[];
  enabled: boolean;
}

export type ModuleField = keyof ModuleFormValues;
export type ModuleFormProblem = "validation.required" | "validation.order" | "validation.rolesRequired";
export type ModuleFormErrors = Partial<Record<ModuleField, ModuleFormProblem>>;

export const MODULE_ORDER_MAX = 1000;

export function moduleFormOf(entry: ModuleEntry): ModuleFormValues {
  return { labelFr: entry.label.fr, labelEn: entry.label.en, order: String(entry.order), roles: [...entry.roles], enabled: entry.enabled };
}

function parseOrder(order: string): number | null {
  const trimmed = order.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value <= MODULE_ORDER_MAX ? value : null;
}

export function validateModuleForm(values: ModuleFormValues): ModuleFormErrors {
  const errors: ModuleFormErrors = {};
  if (values.labelFr.trim() === "") errors.labelFr = "validation.required";
  if (values.labelEn.trim() === "") errors.labelEn = "validation.required";
  if (parseOrder(values.order) === null) errors.order = "validation.order";
  if (values.roles.length === 0) errors.roles = "validation.rolesRequired";
  return errors;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value) => b.includes(value));

/**
 * The PATCH body for the settings form: what differs from `base` plus its version; null when nothing changed.
 * The label goes as a whole (the API takes both languages together). Call validateModuleForm first.
 */
export function toModulePatch(base: ModuleEntry, values: ModuleFormValues): ModuleUpdate | null {
  const patch: ModuleUpdate = { version: base.version };
  const label = { fr: values.labelFr.trim(), en: values.labelEn.trim() };
  if (label.fr !== base.label.fr || label.en !== base.label.en) patch.label = label;
  const order = parseOrder(values.order);
  if (order !== null && order !== base.order) patch.order = order;
  if (!sameSet(values.roles, base.roles)) patch.roles = [...new Set(values.roles)];
  if (values.enabled !== base.enabled) patch.enabled = values.enabled;
  return Object.keys(patch).length > 1 ? patch : null;
}

/** Server error paths ("label.fr", "order"...) to the form's fields. */
export function moduleFieldOf(serverField: string): ModuleField | undefined {
  const fields: Record<string, ModuleField> = {
    "label.fr": "labelFr",
    "label.en": "labelEn",
    label: "labelFr",
    order: "order",
    roles: "roles",
    enabled: "enabled",
  };
  return fields[serverField];
}

/** True when two records of a module agree on everything the settings form edits (a rollback changes none of it). */
export function sameSettings(a: ModuleEntry, b: ModuleEntry): boolean {
  return toModulePatch(a, moduleFormOf(b)) === null;
}
