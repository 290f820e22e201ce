import { ROLES, type Role } from "@orbis/contracts/common";
import type { SelectOption } from "@orbis/ui/react";
import type { Locale } from "@orbis/ui/i18n";
import type { DepartmentRecord } from "../api/schemas";
import type { Translate } from "../i18n";

export const roleLabel = (t: Translate, role: Role) => t(`role.${role}`);

export const roleOptions = (t: Translate): SelectOption[] => ROLES.map((role) => ({ value: role, label: roleLabel(t, role) }));

export const departmentName = (department: Pick<DepartmentRecord, "nameFr" | "nameEn">, locale: Locale) =>
  locale === "fr" ? department.nameFr : department.nameEn;

/**
 * Departments as choices, by name in the locale. Deactivated ones cannot be newly assigned (the service refuses),
 * but stay listed when `keep` holds them so that a form can still show what an account already has.
 */
export function departmentOptions(departments: readonly DepartmentRecord[], locale: Locale, keep: readonly string[] = []): SelectOption[] {
  return departments
    .filter((department) => department.active || keep.includes(department.code))
    .map((department) => ({ value: department.code, label: `${departmentName(department, locale)} (${department.code})` }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}
