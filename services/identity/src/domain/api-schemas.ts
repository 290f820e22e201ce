import { IsoDateTime, Version, pageOf } from "@orbis/contracts/common";
import { Department, DepartmentCode, Principal, User } from "@orbis/contracts/identity";
import { z } from "zod";

/** Schemas of identity's own API that the shared contracts do not define (yet). */

export const DepartmentRecord = Department.extend({
  active: z.boolean(),
  version: Version,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type DepartmentRecord = z.infer<typeof DepartmentRecord>;
export const DepartmentPage = pageOf(DepartmentRecord);

export const CreateDepartment = Department.extend({
  nameFr: z.string().trim().min(1).max(200),
  nameEn: z.string().trim().min(1).max(200),
  active: z.boolean().default(true),
});

export const UpdateDepartment = z.object({
  version: Version,
  nameFr: z.string().trim().min(1).max(200).optional(),
  nameEn: z.string().trim().min(1).max(200).optional(),
  active: z.boolean().optional(),
});

export const DepartmentQuery = z.object({
  q: z.string().max(200).optional(),
  active: z.enum(["true", "false"]).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(500),
  offset: z.coerce.number().int().min(0).default(0),
});

export const DepartmentParams = z.object({ code: DepartmentCode });
export const UserParams = z.object({ id: z.string().uuid() });

/** GET /me and POST /login: the principal, plus the account for users. */
export const Me = Principal.extend({ user: User.optional() });
export type Me = z.infer<typeof Me>;

export const AuditQuery = z.object({
  entity: z.string().max(100).optional(),
  entityId: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export const AuditRecord = z.object({
  id: z.number().int(),
  at: IsoDateTime,
  actor: z.string(),
  actorKind: z.string(),
  requestId: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export const AuditPage = pageOf(AuditRecord);

export const JwkSet = z.object({
  keys: z.array(z.object({ kty: z.string(), crv: z.string().optional(), x: z.string().optional(), y: z.string().optional(), kid: z.string().optional(), alg: z.string().optional(), use: z.string().optional() })),
});
