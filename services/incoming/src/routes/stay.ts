import { CertificateQuery, IncomingStudent, RecordArrival, RecordDeparture } from "@orbis/contracts/incoming";
import { createRouter, defineRoute, HttpProblem, jsonBody, jsonResponse, principalOf, recordAudit, updateVersioned } from "@orbis/service-kit";
import { audit, students } from "../db/schema/index";
import { WRITERS, WRITERS_AND_COORDINATORS } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { certificatePdf } from "../domain/letters";
import { loadStudent, toStudent } from "../domain/students";
import { pdfResponse } from "./pdf-response";
import type { RouteContext } from "./context";

/** Arrival and departure as they happen, and the certificates that follow them. */
export function stayRoutes({ db, now }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "post",
      path: "/students/{id}/arrival",
      tags: ["follow-up"],
      summary: "Record the actual arrival of an admitted or enrolled student",
      access: { roles: WRITERS },
      request: { params: IdParams, ...jsonBody(RecordArrival) },
      responses: { 200: jsonResponse(IncomingStudent, "The student, arrived") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, date } = c.req.valid("json");
      const updated = await db.transaction(async (tx) => {
        const before = await loadStudent(tx, id, principalOf(c));
        if (before.version === version && !["admitted", "enrolled"].includes(before.status)) throw new HttpProblem("conflict", `The student is ${before.status}: only an admitted or enrolled student arrives.`);
        const after = await updateVersioned(tx, students, id, version, { status: "arrived", actualArrival: date });
        await recordAudit(tx, audit, c, { action: "arrive", entity: "student", entityId: id, before: { status: before.status, actualArrival: before.actualArrival }, after: { status: "arrived", actualArrival: date } });
        return after;
      });
      return c.json(toStudent(updated), 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/students/{id}/departure",
      tags: ["follow-up"],
      summary: "Record the actual departure of an arrived student",
      access: { roles: WRITERS },
      request: { params: IdParams, ...jsonBody(RecordDeparture) },
      responses: { 200: jsonResponse(IncomingStudent, "The student, departed") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, date } = c.req.valid("json");
      const updated = await db.transaction(async (tx) => {
        const before = await loadStudent(tx, id, principalOf(c));
        if (before.version === version && before.status !== "arrived") throw new HttpProblem("conflict", `The student is ${before.status}: only an arrived student departs.`);
        if (before.actualArrival && date < before.actualArrival) throw new HttpProblem("validation", "Some fields are invalid.", { errors: [{ path: "body.date", message: `Departure comes after the arrival (${before.actualArrival})` }] });
        const after = await updateVersioned(tx, students, id, version, { status: "departed", actualDeparture: date });
        await recordAudit(tx, audit, c, { action: "depart", entity: "student", entityId: id, before: { status: before.status, actualDeparture: before.actualDeparture }, after: { status: "departed", actualDeparture: date } });
        return after;
      });
      return c.json(toStudent(updated), 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/students/{id}/certificate",
      tags: ["follow-up"],
      summary: "Certificate of arrival (once arrived) or of attendance (once departed) as a PDF, in French (default) or English",
      access: { roles: WRITERS_AND_COORDINATORS },
      request: { params: IdParams, query: CertificateQuery },
      responses: { 200: { description: "The PDF", content: { "application/pdf": { schema: { type: "string" as const, format: "binary" } } } } },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { lang, kind } = c.req.valid("query");
      const student = await loadStudent(db, id, principalOf(c));
      if (kind === "attendance" && student.status !== "departed") throw new HttpProblem("conflict", "The certificate of attendance follows the departure.");
      if (kind === "arrival" && !["arrived", "departed"].includes(student.status)) throw new HttpProblem("conflict", "The certificate of arrival follows the arrival.");
      const name = { fr: { arrival: "attestation-arrivee", attendance: "attestation-presence" }, en: { arrival: "arrival-certificate", attendance: "attendance-certificate" } }[lang][kind];
      return pdfResponse(await certificatePdf(student, kind, now(), lang), name, student.lastName, lang);
    },
  );

  return router;
}
