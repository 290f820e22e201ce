import { z } from "zod";
import { AuditRecord, IsoDateTime, Version, pageOf } from "@orbis/contracts/common";
import { Department } from "@orbis/contracts/identity";

/*
 * Shapes identity answers with that packages/contracts does not define yet (they live in
 * services/identity/src/domain/api-schemas.ts); mirrored here so responses are still validated.
 */

/** A department as GET/POST/PATCH /api/identity/departments answer it. */
export const DepartmentRecord = Department.extend({
  active: z.boolean(),
  version: Version,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type DepartmentRecord = z.infer<typeof DepartmentRecord>;
export const DepartmentPage = pageOf(DepartmentRecord);

export interface CreateDepartment {
  code: string;
  nameFr: string;
  nameEn: string;
}

export interface UpdateDepartment {
  version: number;
  nameFr?: string;
  nameEn?: string;
  active?: boolean;
}

/** GET /api/identity/audit and GET /api/registry/audit. */
export const AuditPage = pageOf(AuditRecord);
export type AuditPage = z.infer<typeof AuditPage>;
