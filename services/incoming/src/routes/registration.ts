import { RegistrationChecklist, RegistrationStepKey, UpdateRegistrationStep } from "@orbis/contracts/incoming";
import { Id } from "@orbis/contracts/common";
import { createRouter, defineRoute, HttpProblem, jsonBody, jsonResponse, principalOf, recordAudit, updateVersioned } from "@orbis/service-kit";
import { and, eq, ne } from "drizzle-orm";
import { z } from "zod";
import { audit, registrationSteps, studentDocuments, studentNumbers, students } from "../db/schema/index";
import { READERS, WRITERS } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { isUniqueViolation } from "../domain/db-errors";
import { checklistOf, isComplete } from "../domain/registration";
import { loadStudent } from "../domain/students";
import type { RouteContext } from "./context";

const StepParams = z.object({ id: Id, step: RegistrationStepKey });
const invalid = (path: string, message: string) => new HttpProblem("validation", "Some fields are invalid.", { errors: [{ path, message }] });
const numberTaken = (n: string) => new HttpProblem("duplicate", `The student number ${n} is already another student's.`, { errors: [{ path: "body.studentNumber", message: "Already given to another student" }] });

/** The enrolment checklist of an admitted student; the last step done (or waived) enrols them. */
export function registrationRoutes({ db }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/students/{id}/registration",
      tags: ["registration"],
      summary: "The enrolment checklist: student number, fees, insurance, ID document, registration",
      access: { roles: READERS },
      request: { params: IdParams },
      responses: { 200: jsonResponse(RegistrationChecklist, "Every step, in order") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      return c.json(await checklistOf(db, await loadStudent(db, id, principalOf(c))), 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "put",
      path: "/students/{id}/registration/{step}",
      tags: ["registration"],
      summary: "Set one step todo, done or waived (with its date, note, document); needs the student's version. All steps done or waived: the student is enrolled",
      access: { roles: WRITERS },
      request: { params: StepParams, ...jsonBody(UpdateRegistrationStep) },
      responses: { 200: jsonResponse(RegistrationChecklist, "The checklist after the change") },
    }),
    async (c) => {
      const { id, step } = c.req.valid("param");
      const input = c.req.valid("json");
      if (step === "student-number" && input.status === "waived") throw invalid("body.status", "The student number cannot be waived");
      if (step === "student-number" && input.status === "done" && !input.studentNumber) throw invalid("body.studentNumber", "Give the student number");
      try {
        const checklist = await db.transaction(async (tx) => {
          const student = await loadStudent(tx, id, principalOf(c));
          if (student.version === input.version && student.status !== "admitted") throw new HttpProblem("conflict", `The student is ${student.status}: the checklist is for admitted students.`);
          if (input.documentId) {
            const [document] = await tx.select({ id: studentDocuments.id }).from(studentDocuments).where(and(eq(studentDocuments.id, input.documentId), eq(studentDocuments.studentId, id)));
            if (!document) throw invalid("body.documentId", "Not a document of this student");
          }
          const before = await checklistOf(tx, student);
          const values = { status: input.status, date: input.status === "todo" ? null : input.date!, note: input.note ?? null, documentId: input.documentId ?? null };
          await tx.insert(registrationSteps).values({ studentId: id, step, ...values }).onConflictDoUpdate({ target: [registrationSteps.studentId, registrationSteps.step], set: values });
          let studentNumber = student.studentNumber;
          if (step === "student-number") {
            studentNumber = input.status === "done" ? input.studentNumber! : null;
            if (studentNumber) {
              const [taken] = await tx.select().from(studentNumbers).where(and(eq(studentNumbers.studentNumber, studentNumber), ne(studentNumbers.studentId, id)));
              if (taken) throw numberTaken(studentNumber);
            }
            await tx.delete(studentNumbers).where(eq(studentNumbers.studentId, id));
            if (studentNumber) await tx.insert(studentNumbers).values({ studentNumber, studentId: id });
          }
          const steps = before.steps.map((s) => (s.step === step ? { ...s, ...values, status: input.status } : s));
          const status = isComplete(steps) ? "enrolled" : "admitted";
          const after = await updateVersioned(tx, students, id, input.version, { studentNumber, status });
          await recordAudit(tx, audit, c, {
            action: status === "enrolled" ? "enrol" : "registration_step",
            entity: "student",
            entityId: id,
            before: { step: before.steps.find((s) => s.step === step), status: student.status, studentNumber: student.studentNumber },
            after: { step: { step, ...values }, status, studentNumber },
          });
          return checklistOf(tx, after);
        });
        return c.json(checklist, 200);
      } catch (error) {
        if (isUniqueViolation(error)) throw numberTaken(input.studentNumber ?? "");
        throw error;
      }
    },
  );

  return router;
}
