import { AdmissionDecision, IncomingStudent, LetterQuery } from "@orbis/contracts/incoming";
import { createRouter, defineRoute, HttpProblem, jsonBody, jsonResponse, principalOf, recordAudit, updateVersioned } from "@orbis/service-kit";
import { eq } from "drizzle-orm";
import { admissionDecisions, audit, students } from "../db/schema/index";
import { actorOf, WRITERS_AND_COORDINATORS } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { acceptanceLetterPdf } from "../domain/letters";
import { recordPlace } from "../domain/places";
import { loadStudent, toStudent } from "../domain/students";
import { pdfResponse } from "./pdf-response";
import type { RouteContext } from "./context";

const UNDECIDED = ["nominated", "applied"];
const ADMITTED = ["admitted", "enrolled", "arrived", "departed"];

/** The host department's decision on the application, and the acceptance letter that follows an admission. */
export function admissionDecisionRoutes({ db, agreements }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "post",
      path: "/students/{id}/decision",
      tags: ["admission"],
      summary: "Admit a complete (applied) file, or refuse (with the reason) a nomination or application; a refusal gives the agreement's place back",
      access: { roles: WRITERS_AND_COORDINATORS },
      request: { params: IdParams, ...jsonBody(AdmissionDecision) },
      responses: { 200: jsonResponse(IncomingStudent, "The student's stay after the decision") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const input = c.req.valid("json");
      const principal = principalOf(c);
      const updated = await db.transaction(async (tx) => {
        const before = await loadStudent(tx, id, principal);
        if (before.version === input.version && !UNDECIDED.includes(before.status)) throw new HttpProblem("conflict", `The student is ${before.status}: the application is already decided.`);
        // A nomination can be refused as it stands (an incomplete file is a reason), but only a complete file admitted.
        if (before.version === input.version && input.decision === "admit" && before.status !== "applied") {
          throw new HttpProblem("conflict", "The application file is not complete yet: mark it complete before admitting the student.");
        }
        const status = input.decision === "admit" ? "admitted" : "refused";
        const after = await updateVersioned(tx, students, id, input.version, { status });
        const reason = input.decision === "refuse" ? input.reason! : null;
        const decision = { decision: input.decision, reason, decidedBy: actorOf(principal), decidedAt: new Date() };
        await tx.insert(admissionDecisions).values({ studentId: id, ...decision }).onConflictDoUpdate({ target: admissionDecisions.studentId, set: decision });
        await recordAudit(tx, audit, c, { action: input.decision, entity: "student", entityId: id, before: { status: before.status }, after: { status, reason } });
        if (status === "refused" && before.agreementId && before.conditionId) {
          await recordPlace(agreements, { agreementId: before.agreementId, conditionId: before.conditionId, academicYear: before.academicYear }, -1, id);
        }
        return after;
      });
      return c.json(toStudent(updated), 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/students/{id}/acceptance-letter",
      tags: ["admission"],
      summary: "The acceptance letter as a PDF, in French (default) or English; once the student is admitted",
      access: { roles: WRITERS_AND_COORDINATORS },
      request: { params: IdParams, query: LetterQuery },
      responses: { 200: { description: "The PDF", content: { "application/pdf": { schema: { type: "string" as const, format: "binary" } } } } },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { lang } = c.req.valid("query");
      const student = await loadStudent(db, id, principalOf(c));
      if (!ADMITTED.includes(student.status)) throw new HttpProblem("conflict", `The student is ${student.status}: the acceptance letter follows an admission.`);
      const [decision] = await db.select().from(admissionDecisions).where(eq(admissionDecisions.studentId, id));
      const bytes = await acceptanceLetterPdf(student, decision?.decidedAt ?? student.updatedAt, lang);
      return pdfResponse(bytes, lang === "fr" ? "lettre-admission" : "acceptance-letter", student.lastName, lang);
    },
  );

  return router;
}
