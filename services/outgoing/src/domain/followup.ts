import { ERASMUS_PROGRAMMES, type FollowUpStep, type FollowUpStepKind, type OutgoingProgramme, type StepStatus } from "@orbis/contracts/outgoing";
import type { Db } from "@orbis/db";
import { and, eq, sql } from "drizzle-orm";
import { followUpSteps, type FollowUpStepRow, type StepDocumentRow } from "../db/schema/index";
import { addDays } from "./dates";

type Dates = { plannedStart: string; plannedEnd: string };

/** Each step's due date from the mobility's dates (days before/after its start or end). */
const PLAN: ReadonlyArray<{ step: FollowUpStepKind; from: keyof Dates; days: number }> = [
  { step: "learning-agreement", from: "plannedStart", days: -30 },
  { step: "grant-agreement", from: "plannedStart", days: -30 },
  { step: "insurance", from: "plannedStart", days: -7 },
  { step: "arrival-certificate", from: "plannedStart", days: 14 },
  // Changes to the learning agreement are due within five weeks of the start (Erasmus+ rule).
  { step: "la-changes", from: "plannedStart", days: 35 },
  { step: "attendance-certificate", from: "plannedEnd", days: 14 },
  { step: "transcript", from: "plannedEnd", days: 35 },
  { step: "recognition", from: "plannedEnd", days: 63 },
];

export const dueDateOf = (step: FollowUpStepKind, dates: Dates): string => {
  const plan = PLAN.find((p) => p.step === step)!;
  return addDays(dates[plan.from], plan.days);
};

/** The checklist of a new mobility; the grant agreement only applies to Erasmus+ programmes. */
export async function insertFollowUpSteps(tx: Db, mobility: Dates & { id: string; programme: string }): Promise<void> {
  const erasmus = ERASMUS_PROGRAMMES.includes(mobility.programme as OutgoingProgramme);
  await tx.insert(followUpSteps).values(
    PLAN.map((p, position) => ({
      mobilityId: mobility.id,
      step: p.step,
      position,
      status: p.step === "grant-agreement" && !erasmus ? "not-applicable" : "todo",
      dueDate: dueDateOf(p.step, mobility),
    })),
  );
}

/** New mobility dates move the due dates of the steps still to do. */
export async function moveDueDates(tx: Db, mobilityId: string, dates: Dates): Promise<void> {
  for (const p of PLAN) {
    await tx
      .update(followUpSteps)
      .set({ dueDate: dueDateOf(p.step, dates) })
      .where(and(eq(followUpSteps.mobilityId, mobilityId), eq(followUpSteps.step, p.step), eq(followUpSteps.status, "todo")));
  }
}

export const isLate = (row: { status: string; dueDate: string | null }, today: string) => row.status === "todo" && row.dueDate !== null && row.dueDate < today;

export function toStep(row: FollowUpStepRow, document: Omit<StepDocumentRow, "content"> | null | undefined, today: string): FollowUpStep {
  return {
    id: row.id,
    mobilityId: row.mobilityId,
    step: row.step as FollowUpStepKind,
    status: row.status as StepStatus,
    dueDate: row.dueDate,
    doneOn: row.doneOn,
    note: row.note,
    document: document
      ? {
          filename: document.filename,
          contentType: document.contentType as "application/pdf",
          sizeBytes: document.sizeBytes,
          sha256: document.sha256,
          uploadedBy: document.uploadedBy,
          uploadedAt: document.uploadedAt.toISOString(),
        }
      : null,
    late: isLate(row, today),
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Marks a step done when the work it tracks is finished elsewhere (an approved learning agreement); null if it was not to do. */
export async function completeStepIfTodo(tx: Db, mobilityId: string, step: FollowUpStepKind, today: string): Promise<FollowUpStepRow | null> {
  const [row] = await tx
    .update(followUpSteps)
    .set({ status: "done", doneOn: today, version: sql`${followUpSteps.version} + 1`, updatedAt: new Date() })
    .where(and(eq(followUpSteps.mobilityId, mobilityId), eq(followUpSteps.step, step), eq(followUpSteps.status, "todo")))
    .returning();
  return row ?? null;
}
