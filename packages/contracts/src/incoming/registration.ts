import { z } from "zod";
import { Id, Version } from "../common";
import { IsoDate, StudentNumber } from "./common";

/** The enrolment checklist of an admitted student; "fees" is the exemption (exchange) or the payment (free mover). */
export const REGISTRATION_STEPS = ["student-number", "fees", "insurance", "id-document", "registration"] as const;
export const RegistrationStepKey = z.enum(REGISTRATION_STEPS);
export type RegistrationStepKey = z.infer<typeof RegistrationStepKey>;
export const STEP_STATUSES = ["todo", "done", "waived"] as const;
export const StepStatus = z.enum(STEP_STATUSES);

export const RegistrationStep = z.object({
  step: RegistrationStepKey,
  status: StepStatus,
  date: IsoDate.nullable(),
  note: z.string().nullable(),
  /** One of the student's uploaded documents (insurance certificate, passport scan). */
  documentId: Id.nullable(),
});
export type RegistrationStep = z.infer<typeof RegistrationStep>;

export const RegistrationChecklist = z.object({
  studentId: Id,
  /** The student's version: every step change moves it. */
  version: Version,
  status: z.string(),
  studentNumber: StudentNumber.nullable(),
  steps: z.array(RegistrationStep),
});
export type RegistrationChecklist = z.infer<typeof RegistrationChecklist>;

/** One step's change; the student-number step done needs the number (unique across incoming students). */
export const UpdateRegistrationStep = z
  .object({
    version: Version,
    status: StepStatus,
    date: IsoDate.nullish(),
    note: z.string().trim().max(2000).nullish(),
    documentId: Id.nullish(),
    studentNumber: StudentNumber.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.status !== "todo" && !v.date) ctx.addIssue({ code: "custom", path: ["date"], message: "Give the date the step was done or waived" });
  });
export type UpdateRegistrationStep = z.infer<typeof UpdateRegistrationStep>;
