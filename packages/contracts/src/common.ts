import { z } from "zod";

/** Roles known to the platform. Coordinators are additionally scoped to departments. */
export const ROLES = [
  "admin",
  "erasmus",
  "incoming",
  "outgoing",
  "agreements",
  "leadership",
  "analyst",
  "coordinator",
] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** Roles only machine clients (client-credential tokens) may hold. */
export const SERVICE_ROLES = ["service", "deployer", "analytics"] as const;
export const ServiceRole = z.enum(SERVICE_ROLES);
export type ServiceRole = z.infer<typeof ServiceRole>;

export const LocalizedText = z.object({ fr: z.string().min(1).max(200), en: z.string().min(1).max(200) });
export type LocalizedText = z.infer<typeof LocalizedText>;

export const Id = z.string().uuid();
export const Version = z.number().int().min(1);
export const IsoDateTime = z.string().datetime({ offset: true });

/** RFC 9457 problem details, with the fields at fault for validation errors. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  code: z.string(),
  requestId: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof Problem>;

export function pageOf<T extends z.ZodTypeAny>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int().min(0) });
}

/** One row of a service's audit trail: who changed what, when, before and after. */
export const AuditRecord = z.object({
  id: z.number().int(),
  at: IsoDateTime,
  actor: z.string(),
  actorKind: z.string(),
  requestId: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditRecord = z.infer<typeof AuditRecord>;
export const AuditQuery = z.object({
  entity: z.string().max(100).optional(),
  entityId: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

/**
 * Every field optional and WITHOUT its default: `.partial()` alone would fill defaults in for fields the caller did
 * not send, and a PATCH of one field would reset the others.
 */
export function patchOf<S extends z.ZodRawShape>(shape: S) {
  const fields = Object.fromEntries(
    Object.entries(shape).map(([key, field]) => [
      key,
      (field instanceof z.ZodDefault ? (field.unwrap() as z.ZodTypeAny) : (field as z.ZodTypeAny)).optional(),
    ]),
  ) as unknown as { [K in keyof S]: z.ZodOptional<S[K] extends z.ZodDefault<infer T> ? T : S[K]> };
  return z.object(fields);
}
