import { count, and, eq, lte, ne, lt } from "drizzle-orm";
import { equalityActions, missions, programmes, rankingExercises, scholarshipCalls } from "../db/schema/index";
import type { AreaOverview } from "./overview";
import { renewalDueBy } from "./programmes";

const n = (rows: Array<{ n: number }>) => rows[0]?.n ?? 0;

/** Staff missions: requests awaiting leadership's decision. */
export const missionsOverview: AreaOverview = {
  area: "missions",
  count: async (db) => n(await db.select({ n: count() }).from(missions)),
  alerts: async (db) => n(await db.select({ n: count() }).from(missions).where(eq(missions.status, "submitted"))),
};
/** Programmes whose renewal is due within six months. */
export const programmesOverview: AreaOverview = {
  area: "programmes",
  count: async (db) => n(await db.select({ n: count() }).from(programmes)),
  alerts: async (db, today) => n(await db.select({ n: count() }).from(programmes).where(and(eq(programmes.status, "active"), lte(programmes.endDate, renewalDueBy(today))))),
};
/** Scholarship calls still open. */
export const scholarshipsOverview: AreaOverview = {
  area: "scholarships",
  count: async (db) => n(await db.select({ n: count() }).from(scholarshipCalls)),
  alerts: async (db) => n(await db.select({ n: count() }).from(scholarshipCalls).where(eq(scholarshipCalls.status, "open"))),
};
/** Ranking exercises not locked yet. */
export const rankingsOverview: AreaOverview = {
  area: "rankings",
  count: async (db) => n(await db.select({ n: count() }).from(rankingExercises)),
  alerts: async (db) => n(await db.select({ n: count() }).from(rankingExercises).where(ne(rankingExercises.status, "locked"))),
};
/** Equal-opportunity actions past their due date. */
export const equalOpportunityOverview: AreaOverview = {
  area: "equalOpportunity",
  count: async (db) => n(await db.select({ n: count() }).from(equalityActions)),
  alerts: async (db, today) => n(await db.select({ n: count() }).from(equalityActions).where(and(ne(equalityActions.status, "done"), lt(equalityActions.dueDate, today)))),
};
