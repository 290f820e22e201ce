import { DepartmentCode } from "@orbis/contracts/identity";
import type { CreateDepartment, DepartmentRecord, UpdateDepartment } from "../api/schemas";

export interface DepartmentFormValues {
  code: string;
  nameFr: string;
  nameEn: string;
}

export type DepartmentField = keyof DepartmentFormValues;
export type DepartmentFormProblem = "validation.required" | "validation.departmentCode";
export type DepartmentFormErrors = Partial<Record<DepartmentField, DepartmentFormProblem>>;

export const emptyDepartmentForm: DepartmentFormValues = { code: "", nameFr: "", nameEn: "" };

export function departmentFormOf(department: DepartmentRecord): DepartmentFormValues {
  return { code: department.code, nameFr: department.nameFr, nameEn: department.nameEn };
}

/** Codes are typed in any case and stored upper-case. */
export const normalizeDepartmentCode = (code: string) => code.trim().toUpperCase();

/** `withCode` for the create form (a department's code never changes). */
export function validateDepartmentForm(values: DepartmentFormValues, options: { withCode: boolean }): DepartmentFormErrors {
  const errors: DepartmentFormErrors = {};
  if (options.withCode) {
    const code = normalizeDepartmentCode(values.code);
    if (code === "") errors.code = "validation.required";
    else if (!DepartmentCode.safeParse(code).success) errors.code = "validation.departmentCode";
  }
  if (values.nameFr.trim() === "") errors.nameFr = "validation.required";
  if (values.nameEn.trim() === "") errors.nameEn = "validation.required";
  return errors;
}

export function toCreateDepartment(values: DepartmentFormValues): CreateDepartment {
  return { code: normalizeDepartmentCode(values.code), nameFr: values.nameFr.trim(), nameEn: values.nameEn.trim() };
}

/** The PATCH body renaming `base`: the names that changed and the version read; null when nothing changed. */
export function toDepartmentPatch(base: DepartmentRecord, values: DepartmentFormValues): UpdateDepartment | null {
  const patch: UpdateDepartment = { version: base.version };
  const nameFr = values.nameFr.trim();
  const nameEn = values.nameEn.trim();
  if (nameFr !== base.nameFr) patch.nameFr = nameFr;
  if (nameEn !== base.nameEn) patch.nameEn = nameEn;
  return Object.keys(patch).length > 1 ? patch : null;
}
