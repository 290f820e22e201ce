import type { NetworkDepartment } from "@orbis/contracts/governance";
import type { CoordinatorEntry, DepartmentRecord } from "@orbis/contracts/identity";

/** Each department with its active coordinators; a department nobody coordinates is flagged missing. */
export function networkDepartments(departments: DepartmentRecord[], coordinators: CoordinatorEntry[], scope: string[] | null): NetworkDepartment[] {
  return departments
    .filter((d) => scope === null || scope.includes(d.code))
    .map((d) => {
      const theirs = coordinators.filter((c) => c.active && c.scopes.includes(d.code)).map(({ id, name, email, active }) => ({ id, name, email, active }));
      return { code: d.code, nameFr: d.nameFr, nameEn: d.nameEn, coordinators: theirs, missing: theirs.length === 0 };
    });
}
