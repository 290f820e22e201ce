import { TextField } from "@orbis/ui/react";
import { useText } from "../i18n";
import type { DepartmentField, DepartmentFormValues } from "./department-form";

export interface DepartmentFieldsProps {
  values: DepartmentFormValues;
  onChange: (values: DepartmentFormValues, field: DepartmentField) => void;
  errors: Partial<Record<DepartmentField, string>>;
  /** The code is typed once, at creation. */
  withCode: boolean;
}

export function DepartmentFields({ values, onChange, errors, withCode }: DepartmentFieldsProps) {
  const t = useText();
  const set = (field: DepartmentField, value: string) => onChange({ ...values, [field]: value }, field);
  return (
    <>
      {withCode && (
        <TextField
          label={t("field.code")}
          hint={t("field.codeHint")}
          value={values.code}
          onChange={(v) => set("code", v.toUpperCase())}
          error={errors.code}
          required
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={32}
          data-autofocus
        />
      )}
      <TextField
        label={t("field.nameFr")}
        value={values.nameFr}
        onChange={(v) => set("nameFr", v)}
        error={errors.nameFr}
        required
        autoComplete="off"
        lang="fr"
        {...(withCode ? {} : { "data-autofocus": true })}
      />
      <TextField label={t("field.nameEn")} value={values.nameEn} onChange={(v) => set("nameEn", v)} error={errors.nameEn} required autoComplete="off" lang="en" />
    </>
  );
}
