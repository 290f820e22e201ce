import type { MissionBudget } from "@orbis/contracts/governance";
import type { Db } from "@orbis/db";
import { HttpProblem } from "@orbis/service-kit";
import { eq } from "drizzle-orm";
import { missionBudgets } from "../db/schema/index";
import { committedCents, pendingCents } from "./missions";

/** The year's envelope, row-locked for the rest of the transaction; no envelope means nothing can be approved. */
export async function lockedBudget(tx: Db, year: number) {
  const [row] = await tx.select().from(missionBudgets).where(eq(missionBudgets.id, year)).for("update");
  if (!row) {
    throw new HttpProblem("conflict", `No staff mission envelope is set for ${year}: set it before approving.`, {
      errors: [{ path: "body.action", message: `No envelope for ${year}` }],
    });
  }
  return row;
}

export async function budgetView(db: Db, year: number): Promise<MissionBudget> {
  const [[row], committed, pending] = await Promise.all([
    db.select().from(missionBudgets).where(eq(missionBudgets.id, year)),
    committedCents(db, year),
    pendingCents(db, year),
  ]);
  const envelopeCents = row?.envelopeCents ?? 0;
  return { year, envelopeCents, committedCents: committed, pendingCents: pending, remainingCents: envelopeCents - committed, version: row?.version ?? 0 };
}
