import { IncomingStudent, missingDocuments, VersionOnly } from "@orbis/contracts/incoming";
import { createRouter, defineRoute, HttpProblem, jsonBody, jsonResponse, principalOf, recordAudit, updateVersioned } from "@orbis/service-kit";
import { eq } from "drizzle-orm";
import { audit, studentDocuments, students } from "../db/schema/index";
import { WRITERS } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { loadStudent, toStudent } from "../domain/students";
import type { RouteContext } from "./context";

/** The team checks the application file: once every required document is in, the nomination becomes an application. */
export function applicationFileRoutes({ db }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "post",
      path: "/students/{id}/file-complete",
      tags: ["admission"],
      summary: "Mark the application file complete (nominated -> applied): 409 naming the required documents still missing",
      access: { roles: WRITERS },
      request: { params: IdParams, ...jsonBody(VersionOnly) },
      responses: { 200: jsonResponse(IncomingStudent, "The student, now applied") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version } = c.req.valid("json");
      const updated = await db.transaction(async (tx) => {
        const before = await loadStudent(tx, id, principalOf(c));
        if (before.version === version && before.status !== "nominated") throw new HttpProblem("conflict", `The student is ${before.status}: only a nominated student's file can be completed.`);
        const received = await tx.select({ kind: studentDocuments.kind }).from(studentDocuments).where(eq(studentDocuments.studentId, id));
        const missing = missingDocuments(before.kind as IncomingStudent["kind"], received.map((d) => d.kind));
        if (missing.length > 0 && before.version === version) {
          throw new HttpProblem("conflict", `The file lacks required documents: ${missing.join(", ")}.`, {
            errors: missing.map((kind) => ({ path: `documents.${kind}`, message: "Required document not received" })),
          });
        }
        const after = await updateVersioned(tx, students, id, version, { status: "applied" });
        await recordAudit(tx, audit, c, { action: "file-complete", entity: "student", entityId: id, before: { status: before.status }, after: { status: "applied", documents: received.map((d) => d.kind).sort() } });
        return after;
      });
      return c.json(toStudent(updated), 200);
    },
  );

  return router;
}
