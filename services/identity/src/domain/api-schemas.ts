import { DepartmentCode } from "@orbis/contracts/identity";

export { CreateDepartment, DepartmentPage, DepartmentRecord, Me, UpdateDepartment } from "@orbis/contracts/identity";
import { z } from "zod";

/** Schemas of identity's own API that the shared contracts do not define (yet). */

export const DepartmentQuery = z.object({
  q: z.string().max(200).optional(),
  active: z.enum(["true", "false"]).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(500),
  offset: z.coerce.number().int().min(0).default(0),
});

export const DepartmentParams = z.object({ code: DepartmentCode });
export const UserParams = z.object({ id: z.string().uuid() });

export const JwkSet = z.object({
  keys: z.array(z.object({ kty: z.string(), crv: z.string().optional(), x: z.string().optional(), y: z.string().optional(), kid: z.string().optional(), alg: z.string().optional(), use: z.string().optional() })),
});
