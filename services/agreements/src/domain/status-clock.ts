import { and, eq, inArray, lt, lte, sql } from "drizzle-orm";
import type { Db } from "@orbis/db";
import { recordAudit } from "@orbis/service-kit";
import { agreements, audit } from "../db/schema";
import { academicYearOf, expiringEndYears } from "./lifecycle";

/** Default horizon after which an active agreement is flagged `expiring` (configurable: EXPIRING_HORIZON_MONTHS). */
export const DEFAULT_EXPIRING_HORIZON_MONTHS = 12;

const SYSTEM = { actor: "system:status-clock", actorKind: "service" };

/**
 * Moves agreements along the calendar: active ones whose last academic year ends within the horizon become
 * `expiring`, and active or expiring ones whose last academic year is over become `expired`. Each change bumps the
 * version (so a concurrent edit gets its 409) and is audited as the system's.
 */
export async function advanceStatuses(db: Db, now: Date, horizonMonths = DEFAULT_EXPIRING_HORIZON_MONTHS) {
  const currentYear = academicYearOf(now);
  const { to } = expiringEndYears(now, horizonMonths);
  return db.transaction(async (tx) => {
    const moves = [
      { status: "expired", where: and(inArray(agreements.status, ["active", "expiring"]), lt(agreements.endYear, currentYear)) },
      { status: "expiring", where: and(eq(agreements.status, "active"), lte(agreements.endYear, to)) },
    ] as const;
    const counts = { expired: 0, expiring: 0 };
    for (const move of moves) {
      const due = await tx.select({ id: agreements.id, status: agreements.status }).from(agreements).where(move.where).for("update");
      if (!due.length) continue;
      await tx
        .update(agreements)
        .set({ status: move.status, version: sql`${agreements.version} + 1`, updatedAt: now })
        .where(inArray(agreements.id, due.map((d) => d.id)));
      for (const row of due) {
        await recordAudit(tx, audit, SYSTEM, {
          action: "status",
          entity: "agreement",
          entityId: row.id,
          before: { status: row.status },
          after: { status: move.status, reason: "calendar" },
        });
      }
      counts[move.status] = due.length;
    }
    return counts;
  });
}
