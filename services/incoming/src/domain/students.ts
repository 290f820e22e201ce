import type { IncomingStudent, IncomingStudentQuery } from "@orbis/contracts/incoming";
import type { Principal } from "@orbis/contracts/identity";
import { HttpProblem } from "@orbis/service-kit";
import type { Db } from "@orbis/db";
import { and, eq, inArray, like, sql, type SQL } from "drizzle-orm";
import { students } from "../db/schema/index";
import { studentScope } from "./access";

export type StudentRow = typeof students.$inferSelect;
type S = IncomingStudent;

export function toStudent({ searchText: _searchText, ...row }: StudentRow): IncomingStudent {
  return {
    ...row,
    kind: row.kind as S["kind"],
    status: row.status as S["status"],
    sex: row.sex as S["sex"],
    programme: row.programme as S["programme"],
    period: row.period as S["period"],
    level: row.level as S["level"],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The caller's department scope as a condition on students (coordinators see their departments' guests only). */
export function studentScopeWhere(principal: Principal): SQL | undefined {
  const scope = studentScope(principal);
  if (scope === null) return undefined;
  return scope.length ? inArray(students.department, scope) : sql`false`;
}

/** LIKE pattern for a search box text: lower case, its own %, _ and \ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

export function studentWhere(query: IncomingStudentQuery, principal: Principal): SQL | undefined {
  const where: (SQL | undefined)[] = [studentScopeWhere(principal)];
  if (query.academicYear !== undefined) where.push(eq(students.academicYear, query.academicYear));
  if (query.status) where.push(eq(students.status, query.status));
  if (query.kind) where.push(eq(students.kind, query.kind));
  if (query.department) where.push(eq(students.department, query.department));
  if (query.homeCountry) where.push(eq(students.homeCountry, query.homeCountry));
  if (query.partnerId) where.push(eq(students.partnerId, query.partnerId));
  if (query.q) where.push(like(students.searchText, containsPattern(query.q)));
  return and(...where);
}

/** One student, or 404; 403 when a department outside the caller's scope hosts them. */
export async function loadStudent(db: Db, id: string, principal: Principal): Promise<StudentRow> {
  const [row] = await db.select().from(students).where(eq(students.id, id));
  if (!row) throw new HttpProblem("not_found", "No such incoming student.");
  const scope = studentScope(principal);
  if (scope !== null && !scope.includes(row.department)) throw new HttpProblem("out_of_scope", `This student is hosted by ${row.department}, outside your departments.`);
  return row;
}
