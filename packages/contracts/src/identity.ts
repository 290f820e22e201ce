import { z } from "zod";
import { AuditRecord, Id, IsoDateTime, Role, ServiceRole, Version, pageOf } from "./common";

export const DepartmentCode = z.string().regex(/^[A-Z][A-Z0-9_-]{1,31}$/, "Uppercase code, 2-32 characters");

export const Department = z.object({
  code: DepartmentCode,
  nameFr: z.string().min(1).max(200),
  nameEn: z.string().min(1).max(200),
});
export type Department = z.infer<typeof Department>;

/** The identity of a caller as carried in the JWT and returned by GET /api/identity/me. */
export const Principal = z.object({
  sub: z.string(),
  kind: z.enum(["user", "service"]),
  email: z.string().optional(),
  name: z.string().optional(),
  roles: z.array(z.union([Role, ServiceRole])),
  departments: z.array(DepartmentCode),
});
export type Principal = z.infer<typeof Principal>;

export const Email = z.string().trim().toLowerCase().email().max(254);
export const Password = z.string().min(12, "At least 12 characters").max(256);

export const LoginRequest = z.object({ email: Email, password: z.string().min(1).max(256) });
export type LoginRequest = z.infer<typeof LoginRequest>;

export const User = z.object({
  id: Id,
  email: Email,
  name: z.string().min(1).max(200),
  department: DepartmentCode.nullable(),
  roles: z.array(Role),
  scopes: z.array(DepartmentCode),
  active: z.boolean(),
  version: Version,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type User = z.infer<typeof User>;
export const UserPage = pageOf(User);

export const CreateUser = z.object({
  email: Email,
  name: z.string().trim().min(1).max(200),
  department: DepartmentCode.nullable().default(null),
  roles: z.array(Role).min(1),
  scopes: z.array(DepartmentCode).default([]),
  password: Password.optional(),
});
export type CreateUser = z.infer<typeof CreateUser>;

export const UpdateUser = z.object({
  version: Version,
  name: z.string().trim().min(1).max(200).optional(),
  department: DepartmentCode.nullable().optional(),
  roles: z.array(Role).min(1).optional(),
  scopes: z.array(DepartmentCode).optional(),
  active: z.boolean().optional(),
  password: Password.optional(),
});
export type UpdateUser = z.infer<typeof UpdateUser>;

export const UserQuery = z.object({
  q: z.string().max(200).optional(),
  role: Role.optional(),
  active: z.enum(["true", "false"]).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const TokenRequest = z.object({
  grant_type: z.literal("client_credentials"),
  client_id: z.string().min(1).max(100),
  client_secret: z.string().min(1).max(500),
});
export const TokenResponse = z.object({
  access_token: z.string(),
  token_type: z.literal("Bearer"),
  expires_in: z.number().int(),
});
export { ServiceRole };

/** A department as GET/POST/PATCH /api/identity/departments answer it. */
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
export type CreateDepartment = z.input<typeof CreateDepartment>;

export const UpdateDepartment = z.object({
  version: Version,
  nameFr: z.string().trim().min(1).max(200).optional(),
  nameEn: z.string().trim().min(1).max(200).optional(),
  active: z.boolean().optional(),
});
export type UpdateDepartment = z.infer<typeof UpdateDepartment>;

/** GET /me and POST /login: the principal, plus the account for users. */
export const Me = Principal.extend({ user: User.optional() });
export type Me = z.infer<typeof Me>;

/** GET /api/<service>/audit. */
export const AuditPage = pageOf(AuditRecord);
export type AuditPage = z.infer<typeof AuditPage>;

/** A departmental coordinator as other services see them (GET /api/identity/coordinators, service token). */
export const CoordinatorEntry = z.object({
  id: Id,
  name: z.string(),
  email: Email,
  /** The departments they coordinate. */
  scopes: z.array(DepartmentCode),
  active: z.boolean(),
});
export type CoordinatorEntry = z.infer<typeof CoordinatorEntry>;
export const CoordinatorList = z.object({ items: z.array(CoordinatorEntry) });
