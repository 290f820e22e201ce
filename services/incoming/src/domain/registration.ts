import { REGISTRATION_STEPS, type RegistrationChecklist, type RegistrationStep } from "@orbis/contracts/incoming";
import type { Db } from "@orbis/db";
import { eq } from "drizzle-orm";
import { registrationSteps } from "../db/schema/index";
import type { StudentRow } from "./students";

/** Every step of the checklist in order, the missing ones still to do. */
export async function checklistOf(db: Db, student: StudentRow): Promise<RegistrationChecklist> {
  const rows = await db.select().from(registrationSteps).where(eq(registrationSteps.studentId, student.id));
  const byStep = new Map(rows.map((r) => [r.step, r]));
  const steps: RegistrationStep[] = REGISTRATION_STEPS.map((step) => {
    const row = byStep.get(step);
    return { step, status: (row?.status ?? "todo") as RegistrationStep["status"], date: row?.date ?? null, note: row?.note ?? null, documentId: row?.documentId ?? null };
  });
  return { studentId: student.id, version: student.version, status: student.status, studentNumber: student.studentNumber, steps };
}

export const isComplete = (steps: RegistrationStep[]) => steps.every((s) => s.status !== "todo");
