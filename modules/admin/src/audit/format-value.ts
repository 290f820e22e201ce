import { ROLES, type Role } from "@orbis/contracts/common";
import { hasMessage, type Translate } from "../i18n";

const isRole = (value: unknown): value is Role => typeof value === "string" && (ROLES as readonly string[]).includes(value);

/** The audit service replaces secrets with this marker. */
const REDACTED = "[redacted]";

/** One audited value as a reader wants it: role names, "Actif"/"Désactivé", "Aucun" for nothing, "(masqué)" for secrets. */
export function formatAuditValue(t: Translate, field: string, value: unknown): string {
  if (value === undefined || value === null) return t("common.none");
  if (Array.isArray(value)) return value.length === 0 ? t("common.none") : value.map((item) => formatAuditValue(t, field, item)).join(", ");
  if (typeof value === "boolean") {
    if (field === "active") return t(value ? "status.active" : "status.inactive");
    if (field === "enabled") return t(value ? "module.enabled" : "module.disabled");
    return t(value ? "common.yes" : "common.no");
  }
  if (typeof value === "string") {
    if (value === "") return t("common.empty");
    if (value === REDACTED) return t("common.hidden");
    if (field === "roles" && isRole(value)) return t(`role.${value}`);
    return value;
  }
  if (typeof value === "number") return String(value);
  return JSON.stringify(value);
}

/** The reader's name of an audited field ("roles" -> "Rôles"); unknown fields keep their technical name. */
export function auditFieldLabel(t: Translate, field: string): string {
  const key = `fieldLabel.${field}`;
  return hasMessage(key) ? t(key) : field;
}

/** "Création", "Modification"...; unknown actions keep their technical name. */
export function auditActionLabel(t: Translate, action: string): string {
  const key = `action.${action}`;
  return hasMessage(key) ? t(key) : action;
}
