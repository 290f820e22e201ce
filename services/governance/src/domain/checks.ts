import { eq } from "drizzle-orm";
import type { Db } from "@orbis/db";
import { fieldProblem, type VersionedTable } from "../routes/resource";

/** The record a body refers to (objectiveId, meetingId...) exists, else a 400 naming that field. */
export async function assertReference(tx: Db, table: VersionedTable, id: unknown, field: string, what: string): Promise<Record<string, unknown>> {
  if (typeof id !== "string") throw fieldProblem(field, `Choose the ${what}.`);
  const [row] = await tx.select().from(table).where(eq(table.id, id));
  if (!row) throw fieldProblem(field, `No ${what} with id ${id}.`);
  return row as Record<string, unknown>;
}

/** Two dates (or years) in order, else a 400 on the later field. */
export function assertOrdered(first: unknown, last: unknown, field: string, message: string): void {
  if (first == null || last == null) return;
  const reversed = typeof first === "number" && typeof last === "number" ? last < first : String(last) < String(first);
  if (reversed) throw fieldProblem(field, message);
}

/** "Today" as the ISO date the date columns compare with. */
export const isoDay = (now: Date) => now.toISOString().slice(0, 10);
