import type { Principal } from "@orbis/contracts/identity";
import { HttpProblem } from "../problem";

/** Roles that see every department; a caller with only `coordinator` sees their scoped departments. */
const ALL_DEPARTMENT_ROLES = ["admin", "erasmus", "incoming", "outgoing", "agreements", "leadership", "analyst", "service", "analytics"];

/** null = every department; otherwise the departments the caller may see. */
export function departmentScope(principal: Principal): string[] | null {
  if (principal.roles.some((r) => ALL_DEPARTMENT_ROLES.includes(r))) return null;
  return principal.departments;
}

export function canSeeDepartment(principal: Principal, department: string | null | undefined): boolean {
  const scope = departmentScope(principal);
  if (scope === null) return true;
  return department != null && scope.includes(department);
}

export function assertDepartmentInScope(principal: Principal, department: string | null | undefined): void {
  if (!canSeeDepartment(principal, department)) {
    throw new HttpProblem("out_of_scope", `Department ${department ?? "(none)"} is outside your scope.`);
  }
}
