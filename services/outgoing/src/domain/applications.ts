import type { Application } from "@orbis/contracts/outgoing";
import type { Principal } from "@orbis/contracts/identity";
import type { Db } from "@orbis/db";
import { HttpProblem } from "@orbis/service-kit";
import { and, eq, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import { applicationDocuments, applications } from "../db/schema/index";
import { studentScope } from "./access";
import type { CallRow } from "./calls";
import { eligibilityOf } from "./eligibility";

export type ApplicationRow = typeof applications.$inferSelect;

export function toApplication(row: ApplicationRow, call: CallRow, documentKinds: readonly string[]): Application {
  return {
    ...row,
    level: row.level as Application["level"],
    sex: row.sex as Application["sex"],
    status: row.status as Application["status"],
    languageCertificate: row.languageCertificate as Application["languageCertificate"],
    eligibility: eligibilityOf(call.eligibility as Parameters<typeof eligibilityOf>[0], row, call.requiredDocuments, documentKinds),
    documentKinds: [...documentKinds],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Kinds of documents uploaded, per application. */
export async function documentKindsOf(db: Db, applicationIds: readonly string[]): Promise<Map<string, string[]>> {
  const kinds = new Map<string, string[]>();
  if (applicationIds.length === 0) return kinds;
  const rows = await db
    .selectDistinct({ applicationId: applicationDocuments.applicationId, kind: applicationDocuments.kind })
    .from(applicationDocuments)
    .where(inArray(applicationDocuments.applicationId, [...applicationIds]));
  for (const row of rows) kinds.set(row.applicationId, [...(kinds.get(row.applicationId) ?? []), row.kind].sort());
  return kinds;
}

export async function applicationsOut(db: Db, rows: readonly ApplicationRow[], call: CallRow): Promise<Application[]> {
  const kinds = await documentKindsOf(db, rows.map((r) => r.id));
  return rows.map((row) => toApplication(row, call, kinds.get(row.id) ?? []));
}

/** Coordinators see their departments' applications only. */
export function applicationScope(principal: Principal): SQL | undefined {
  const scope = studentScope(principal);
  if (scope === null) return undefined;
  return scope.length ? inArray(applications.department, scope) : sql`false`;
}

export function applicationWhere(callId: string, query: { q?: string | undefined; department?: string | undefined; level?: string | undefined; status?: string | undefined }, principal: Principal) {
  const where: (SQL | undefined)[] = [eq(applications.callId, callId), applicationScope(principal)];
  if (query.department) where.push(eq(applications.department, query.department));
  if (query.level) where.push(eq(applications.level, query.level));
  if (query.status) where.push(eq(applications.status, query.status));
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    where.push(or(ilike(applications.lastName, like), ilike(applications.firstName, like), ilike(applications.studentNumber, like)));
  }
  return and(...where);
}

/** One application, or 404; 403 when its student belongs to a department outside the caller's scope. */
export async function loadApplication(db: Db, id: string, principal: Principal, lock = false): Promise<ApplicationRow> {
  const query = db.select().from(applications).where(eq(applications.id, id));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new HttpProblem("not_found", "No such application.");
  const scope = studentScope(principal);
  if (scope !== null && !scope.includes(row.department)) throw new HttpProblem("out_of_scope", `This student belongs to ${row.department}, outside your departments.`);
  return row;
}

export const duplicateApplication = (studentNumber: string) =>
  new HttpProblem("duplicate", `Student ${studentNumber} has already applied to this call.`, { errors: [{ path: "body.studentNumber", message: "Already applied to this call" }] });
