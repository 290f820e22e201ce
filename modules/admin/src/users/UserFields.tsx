import { CheckboxGroup, SelectField, TextField, useLocale } from "@orbis/ui/react";
import type { Role } from "@orbis/contracts/common";
import { useText } from "../i18n";
import { departmentOptions, roleOptions } from "../shared/labels";
import { useDepartments } from "../shared/useDepartments";
import { isCoordinator, type UserField, type UserFormValues } from "./user-form";

export interface UserFieldsProps {
  values: UserFormValues;
  onChange: (values: UserFormValues, field: UserField) => void;
  /** Localized messages next to the inputs (client checks and the server's field errors). */
  errors: Partial<Record<UserField, string>>;
  /** Department codes the account already has, kept as choices even when the department was deactivated. */
  assigned?: readonly string[];
}

/** Name, department, roles and, for coordinators, the departments they cover: shared by the create and edit forms. */
export function UserFields({ values, onChange, errors, assigned = [] }: UserFieldsProps) {
  const t = useText();
  const locale = useLocale();
  const departments = useDepartments();
  const options = departmentOptions(departments.data ?? [], locale, assigned);
  // Without the list (loading or failed), still show what is selected rather than an empty select.
  const known = new Set(options.map((option) => option.value));
  const missing = [values.department, ...values.scopes].filter((code) => code && !known.has(code));
  const allOptions = [...options, ...[...new Set(missing)].map((code) => ({ value: code, label: code }))];
  const set = <K extends UserField>(field: K, value: UserFormValues[K]) => onChange({ ...values, [field]: value }, field);

  return (
    <>
      <TextField label={t("field.name")} value={values.name} onChange={(v) => set("name", v)} error={errors.name} required autoComplete="off" />
      <SelectField
        label={t("field.department")}
        value={values.department}
        options={allOptions}
        placeholder={t("common.none")}
        onChange={(v) => set("department", v)}
        error={errors.department}
        aria-busy={departments.isLoading || undefined}
      />
      <CheckboxGroup
        legend={t("field.roles")}
        options={roleOptions(t)}
        value={values.roles}
        onChange={(v) => set("roles", v as Role[])}
        error={errors.roles}
        required
      />
      {isCoordinator(values.roles) && (
        <CheckboxGroup
          legend={t("field.scopes")}
          hint={t("field.scopesHint")}
          options={allOptions}
          value={values.scopes}
          onChange={(v) => set("scopes", v)}
          error={errors.scopes}
          required
          className="admin-scopes"
        />
      )}
    </>
  );
}
