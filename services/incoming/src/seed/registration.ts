import { REGISTRATION_STEPS, type RegistrationStepKey } from "@orbis/contracts/incoming";
import type { registrationSteps, studentNumbers } from "../db/schema/index";
import { type StudentInsert } from "./data";
import { addDays, earliest, unit } from "./ids";

export type StepInsert = typeof registrationSteps.$inferInsert;
export type StudentNumberInsert = typeof studentNumbers.$inferInsert;

/** Exchange and programme students pay tuition at home: their fee step is an exemption; free movers pay here. */
function feeStep(s: StudentInsert): { status: "done" | "waived"; note: string } {
  if (s.kind === "free-mover") return { status: "done", note: "Droits d'inscription acquittés" };
  return { status: "waived", note: s.kind === "exchange" ? "Exonération : étudiant·e en échange (droits payés à l'établissement d'origine)" : "Exonération prévue par la convention du programme" };
}

const NOTES: Partial<Record<RegistrationStepKey, string>> = {
  insurance: "Attestation de responsabilité civile fournie",
  "id-document": "Passeport vérifié",
};

/**
 * The enrolment checklist: every step done (or the fees waived) for enrolled students and those who came, a few
 * weeks before arrival and never after the reference date; admitted students of the current year have some steps
 * done and the others still to do (no row).
 */
export function stepRows(list: readonly StudentInsert[], today: string): StepInsert[] {
  return list.flatMap((s): StepInsert[] => {
    const complete = s.status === "enrolled" || s.status === "arrived" || s.status === "departed";
    if (!complete && s.status !== "admitted") return [];
    const started = addDays(s.plannedArrival, -45 - Math.floor(unit("registration-start", s.id) * 30));
    const steps = complete ? REGISTRATION_STEPS : REGISTRATION_STEPS.slice(0, Math.floor(unit("registration-progress", s.id) * 4));
    return steps.map((step, i): StepInsert => {
      const date = earliest(addDays(started, i * 3), addDays(today, -1));
      if (step === "student-number") return { studentId: s.id, step, status: "done", date, note: null };
      if (step === "fees") return { studentId: s.id, step, date, ...feeStep(s) };
      return { studentId: s.id, step, status: "done", date, note: NOTES[step] ?? null };
    });
  });
}

/** The numbers given at enrolment, kept unique by the student_numbers table as the registration route does. */
export function studentNumberRows(list: readonly StudentInsert[]): StudentNumberInsert[] {
  return list.flatMap((s) => (s.studentNumber ? [{ studentNumber: s.studentNumber, studentId: s.id }] : []));
}
