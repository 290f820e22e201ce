import type { MissionQuery } from "@orbis/contracts/governance";
import type { Principal } from "@orbis/contracts/identity";
import { departmentScope } from "@orbis/service-kit";
import { and, eq, ilike, inArray, or, type SQL } from "drizzle-orm";
import { missions } from "../db/schema/index";

/** The filters of the mission list and its exports, within what the caller may see. */
export function missionWhere(p: Principal, query: Omit<MissionQuery, "limit" | "offset">): SQL | undefined {
  const email = p.email?.toLowerCase() ?? "";
  const scope = departmentScope(p);
  const where: (SQL | undefined)[] = [];
  if (scope !== null) where.push(or(eq(missions.requesterEmail, email), scope.length ? inArray(missions.department, scope) : undefined));
  if (query.mine === "true") where.push(eq(missions.requesterEmail, email));
  if (query.year !== undefined) where.push(eq(missions.year, query.year));
  if (query.status) where.push(eq(missions.status, query.status));
  if (query.department) where.push(eq(missions.department, query.department));
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    where.push(or(ilike(missions.requesterName, like), ilike(missions.destinationCity, like), ilike(missions.purpose, like)));
  }
  return and(...where);
}
