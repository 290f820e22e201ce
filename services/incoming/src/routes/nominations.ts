import { CreateIncomingStudent, EQF_OF_LEVEL, IncomingStudent, UpdateIncomingStudent } from "@orbis/contracts/incoming";
import { createRouter, defineRoute, HttpProblem, jsonBody, jsonResponse, principalOf, recordAudit, updateVersioned } from "@orbis/service-kit";
import { audit, students } from "../db/schema/index";
import { WRITERS } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { checkNomination, insertNomination } from "../domain/nominations";
import { loadStudent, toStudent } from "../domain/students";
import type { RouteContext } from "./context";

/** Partners' nominations and free movers' applications, entered by the incoming team, and their corrections. */
export function nominationRoutes({ db, agreements }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "post",
      path: "/students",
      tags: ["admission"],
      summary: "Record a nomination (or a free mover's application); exchange students take a receiving place of the agreement (409 when none is left, unless overridden with a reason)",
      access: { roles: WRITERS },
      request: jsonBody(CreateIncomingStudent),
      responses: { 201: jsonResponse(IncomingStudent, "The student's stay, nominated") },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const checked = await checkNomination(agreements, input);
      const row = await db.transaction((tx) => insertNomination(tx, c, agreements, checked, input.override));
      return c.json(toStudent(row), 201);
    },
  );

  router.openapi(
    defineRoute({
      method: "patch",
      path: "/students/{id}",
      tags: ["admission"],
      summary: "Correct the student's identity or stay (needs the version read)",
      access: { roles: WRITERS },
      request: { params: IdParams, ...jsonBody(UpdateIncomingStudent) },
      responses: { 200: jsonResponse(IncomingStudent, "The student's stay after the change") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, ...changes } = c.req.valid("json");
      const updated = await db.transaction(async (tx) => {
        const before = await loadStudent(tx, id, principalOf(c));
        const arrival = changes.plannedArrival ?? before.plannedArrival;
        const departure = changes.plannedDeparture ?? before.plannedDeparture;
        if (departure <= arrival) throw new HttpProblem("validation", "Some fields are invalid.", { errors: [{ path: "body.plannedDeparture", message: "Departure comes after arrival" }] });
        const values = { ...changes, ...(changes.level ? { eqfLevel: EQF_OF_LEVEL[changes.level] } : {}) };
        const after = await updateVersioned(tx, students, id, version, values);
        await recordAudit(tx, audit, c, { action: "update", entity: "student", entityId: id, before: toStudent(before), after: toStudent(after) });
        return after;
      });
      return c.json(toStudent(updated), 200);
    },
  );

  return router;
}
