import { CALL_TRANSITIONS, type Call, type CallStatus } from "@orbis/contracts/outgoing";
import type { Db } from "@orbis/db";
import { HttpProblem } from "@orbis/service-kit";
import { eq } from "drizzle-orm";
import { calls } from "../db/schema/index";

export type CallRow = typeof calls.$inferSelect;

export function toCall(row: CallRow): Call {
  return {
    id: row.id,
    academicYear: row.academicYear,
    programme: row.programme as Call["programme"],
    title: row.title,
    opensOn: row.opensOn,
    closesOn: row.closesOn,
    status: row.status as CallStatus,
    eligibility: row.eligibility as Call["eligibility"],
    requiredDocuments: row.requiredDocuments,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function loadCall(db: Db, id: string): Promise<CallRow> {
  const [row] = await db.select().from(calls).where(eq(calls.id, id));
  if (!row) throw new HttpProblem("not_found", "No such call.");
  return row;
}

export function assertTransition(from: CallStatus, to: CallStatus): void {
  if (!CALL_TRANSITIONS[from].includes(to)) {
    const allowed = CALL_TRANSITIONS[from];
    throw new HttpProblem("conflict", `A ${from} call cannot become ${to}${allowed.length ? ` (allowed: ${allowed.join(", ")})` : ""}.`);
  }
}

/** Applications and rankings change only before the allocation is published. */
export function assertNotPublished(call: CallRow, what: string): void {
  if (call.status === "published") throw new HttpProblem("conflict", `The call's allocation is published: ${what} can no longer change.`);
}
