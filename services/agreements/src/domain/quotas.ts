import type { Availability } from "@orbis/contracts/agreements";
import type { Db } from "@orbis/db";
import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { z } from "zod";
import { conditions, quotaUsage, type ConditionRow } from "../db/schema";

type AvailabilityItem = z.infer<typeof Availability>;

/** Places used per condition for one academic year. */
export async function usedPlaces(db: Db, conditionIds: string[], year: number): Promise<Map<string, number>> {
  if (!conditionIds.length) return new Map();
  const rows = await db
    .select({ conditionId: quotaUsage.conditionId, used: sql<number>`coalesce(sum(${quotaUsage.count}), 0)::int`.mapWith(Number) })
    .from(quotaUsage)
    .where(and(inArray(quotaUsage.conditionId, conditionIds), eq(quotaUsage.academicYear, year)))
    .groupBy(quotaUsage.conditionId);
  return new Map(rows.map((r) => [r.conditionId, r.used]));
}

export function toAvailability(row: ConditionRow, year: number, used: number): AvailabilityItem {
  return {
    agreementId: row.agreementId,
    conditionId: row.id,
    academicYear: year,
    direction: row.direction as AvailabilityItem["direction"],
    mobilityType: row.mobilityType as AvailabilityItem["mobilityType"],
    eqfLevels: row.eqfLevels,
    iscedCodes: row.iscedCodes,
    places: row.places,
    used,
    remaining: row.places - used,
  };
}

/** Availability of the conditions matching `where` for the year. */
export async function availabilityOf(db: Db, where: SQL | undefined, year: number): Promise<AvailabilityItem[]> {
  const rows = await db.select().from(conditions).where(where).orderBy(conditions.agreementId, conditions.position);
  const used = await usedPlaces(db, rows.map((r) => r.id), year);
  return rows.map((r) => toAvailability(r, year, used.get(r.id) ?? 0));
}
