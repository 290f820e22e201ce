import type { Db } from "@orbis/db";
import { HttpProblem, type FieldError } from "@orbis/service-kit";
import { inArray } from "drizzle-orm";
import { departments } from "../db/schema";

/** A department code to check, and where it came from in the request (for the error path). */
export interface DepartmentRef {
  path: string;
  code: string;
}

/** Assigned departments must exist and be active; otherwise 400 naming each faulty field. */
export async function assertDepartmentsAssignable(tx: Db, refs: DepartmentRef[]): Promise<void> {
  if (refs.length === 0) return;
  const codes = [...new Set(refs.map((r) => r.code))];
  const found = await tx
    .select({ code: departments.code, active: departments.active })
    .from(departments)
    .where(inArray(departments.code, codes));
  const byCode = new Map(found.map((d) => [d.code, d]));
  const errors: FieldError[] = [];
  for (const ref of refs) {
    const d = byCode.get(ref.code);
    if (!d) errors.push({ path: ref.path, message: `Unknown department ${ref.code}` });
    else if (!d.active) errors.push({ path: ref.path, message: `Department ${ref.code} is deactivated` });
  }
  if (errors.length) throw new HttpProblem("validation", "Some departments do not exist or are deactivated.", { errors });
}

/** Coordinators are scoped to at least one department; scopes mean nothing for other roles. */
export function roleScopeErrors(roles: readonly string[], scopes: readonly string[]): FieldError[] {
  if (roles.includes("coordinator") && scopes.length === 0) {
    return [{ path: "body.scopes", message: "A coordinator needs at least one department scope" }];
  }
  if (!roles.includes("coordinator") && scopes.length > 0) {
    return [{ path: "body.scopes", message: "Department scopes only apply to the coordinator role" }];
  }
  return [];
}

/** PostgreSQL unique violation (both drivers; drizzle may wrap the driver error in `cause`). */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  for (let e = err as { code?: string; constraint?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === "23505") return !constraint || !e.constraint || e.constraint === constraint;
  }
  return false;
}
