import { describe, expect, it } from "vitest";
import type { DepartmentRecord } from "../src/api/schemas";
import { departmentFormOf, toCreateDepartment, toDepartmentPatch, validateDepartmentForm } from "../src/departments/department-form";

const info: DepartmentRecord = {
  code: "INFO",
  nameFr: "Informatique",
  nameEn: "Computer science",
  active: true,
  version: 2,
  createdAt: "2026-01-10T09:00:00.000Z",
  updatedAt: "2026-01-10T09:00:00.000Z",
};

describe("department form", () => {
  it("validates the code only at creation", () => {
    expect(validateDepartmentForm({ code: "", nameFr: "", nameEn: "" }, { withCode: true })).toEqual({
      code: "validation.required",
      nameFr: "validation.required",
      nameEn: "validation.required",
    });
    expect(validateDepartmentForm({ code: "1X", nameFr: "a", nameEn: "b" }, { withCode: true })).toEqual({ code: "validation.departmentCode" });
    expect(validateDepartmentForm({ code: "lettres-mod", nameFr: "a", nameEn: "b" }, { withCode: true })).toEqual({});
    expect(validateDepartmentForm({ code: "", nameFr: "a", nameEn: "b" }, { withCode: false })).toEqual({});
  });

  it("normalizes the create request", () => {
    expect(toCreateDepartment({ code: " lettres-mod ", nameFr: " Lettres modernes ", nameEn: "Modern literature " })).toEqual({
      code: "LETTRES-MOD",
      nameFr: "Lettres modernes",
      nameEn: "Modern literature",
    });
  });

  it("renames with the version read, sending only changed names", () => {
    expect(toDepartmentPatch(info, departmentFormOf(info))).toBeNull();
    expect(toDepartmentPatch(info, { ...departmentFormOf(info), nameEn: "Computing" })).toEqual({ version: 2, nameEn: "Computing" });
    expect(toDepartmentPatch(info, { code: "INFO", nameFr: "Informatique ", nameEn: "Informatics" })).toEqual({ version: 2, nameEn: "Informatics" });
  });
});
