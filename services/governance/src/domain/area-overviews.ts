import { and, count, inArray, lt, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db } from "@orbis/db";
import { delegations, followUpActions, meetings, memberships, networkMeetings, objectives, qualityLabels } from "../db/schema/index";
import { PENDING_ACTION_STATUSES } from "../routes/commission";
import { renewalDue } from "../routes/labels";
import type { AreaOverview } from "./overview";

const countOf = async (db: Db, table: PgTable, where?: SQL) => (await db.select({ n: count() }).from(table).where(where))[0]?.n ?? 0;

/** Part 1's areas on the home page: records, and what needs attention (overdue actions, labels to renew). */
export const PART_ONE_OVERVIEWS: AreaOverview[] = [
  { area: "objectives", count: (db) => countOf(db, objectives) },
  {
    area: "commission",
    count: (db) => countOf(db, meetings),
    alerts: (db, today) => countOf(db, followUpActions, and(inArray(followUpActions.status, PENDING_ACTION_STATUSES), lt(followUpActions.dueOn, today))),
  },
  { area: "network", count: (db) => countOf(db, networkMeetings) },
  { area: "labels", count: (db) => countOf(db, qualityLabels), alerts: (db, today) => countOf(db, qualityLabels, renewalDue(today)) },
  { area: "memberships", count: (db) => countOf(db, memberships) },
  { area: "delegations", count: (db) => countOf(db, delegations) },
];
