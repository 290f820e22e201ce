import type { Db } from "@orbis/db";
import { projects } from "../db/schema/index";

/** The project that funds a mobility: the same action, the call year of the mobility's academic year. */
export async function projectIndex(db: Db): Promise<(action: string, year: number) => string | null> {
  const rows = await db.select({ id: projects.id, action: projects.action, callYear: projects.callYear }).from(projects);
  const byKey = new Map(rows.map((r) => [`${r.action}/${r.callYear}`, r.id]));
  return (action, year) => byKey.get(`${action}/${year}`) ?? null;
}
