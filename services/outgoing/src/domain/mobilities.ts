import type { Mobility, MobilityQuery } from "@orbis/contracts/outgoing";
import type { Principal } from "@orbis/contracts/identity";
import { HttpProblem } from "@orbis/service-kit";
import type { Db } from "@orbis/db";
import { and, eq, inArray, like, sql, type SQL } from "drizzle-orm";
import { mobilities } from "../db/schema/index";
import { studentScope } from "./access";

export type MobilityRow = typeof mobilities.$inferSelect;

export function toMobility({ searchText: _searchText, ...row }: MobilityRow): Mobility {
  return {
    ...row,
    level: row.level as Mobility["level"],
    sex: row.sex as Mobility["sex"],
    programme: row.programme as Mobility["programme"],
    mobilityType: row.mobilityType as Mobility["mobilityType"],
    status: row.status as Mobility["status"],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The caller's department scope as a condition on mobilities (coordinators see their departments only). */
export function mobilityScope(principal: Principal): SQL | undefined {
  const scope = studentScope(principal);
  if (scope === null) return undefined;
  return scope.length ? inArray(mobilities.department, scope) : sql`false`;
}

export function mobilityWhere(query: MobilityQuery, principal: Principal): SQL | undefined {
  const where: (SQL | undefined)[] = [mobilityScope(principal)];
  if (query.academicYear !== undefined) where.push(eq(mobilities.academicYear, query.academicYear));
  if (query.programme) where.push(eq(mobilities.programme, query.programme));
  if (query.status) where.push(eq(mobilities.status, query.status));
  if (query.department) where.push(eq(mobilities.department, query.department));
  if (query.level) where.push(eq(mobilities.level, query.level));
  if (query.hostCountry) where.push(eq(mobilities.hostCountry, query.hostCountry));
  if (query.partnerId) where.push(eq(mobilities.partnerId, query.partnerId));
  if (query.q) {
    where.push(like(mobilities.searchText, `%${query.q.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`));
  }
  return and(...where);
}

/** One mobility, or 404; 403 when it belongs to a department outside the caller's scope. */
export async function loadMobility(db: Db, id: string, principal: Principal | undefined, lock = false): Promise<MobilityRow> {
  const query = db.select().from(mobilities).where(eq(mobilities.id, id));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new HttpProblem("not_found", "No such mobility.");
  const scope = principal ? studentScope(principal) : null;
  if (scope !== null && !scope.includes(row.department)) throw new HttpProblem("out_of_scope", `This student belongs to ${row.department}, outside your departments.`);
  return row;
}
