import { ilike, type SQL } from "drizzle-orm";
import { CreateNetworkMeeting, NetworkMeeting, NetworkMeetingQuery, NetworkOverview, SetAttendance, UpdateNetworkMeeting } from "@orbis/contracts/governance";
import { createRouter, defineRoute, departmentScope, jsonBody, jsonResponse, recordAudit, updateVersioned } from "@orbis/service-kit";
import { audit, networkMeetings } from "../db/schema/index";
import { READERS, WRITERS } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { networkDepartments } from "../domain/network";
import { inYear } from "./commission";
import type { RouteContext } from "./context";
import { fieldProblem, present, resourceRoutes } from "./resource";

type Q = Record<string, unknown>;

/** The departmental coordinators' network: who coordinates which department (from identity), meetings, attendance. */
export function networkRoutes({ db, identity }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/network",
      tags: ["network"],
      summary: "Departments and their coordinators (from identity); departments without one are flagged. Coordinators see their own departments.",
      access: { roles: READERS },
      responses: { 200: jsonResponse(NetworkOverview, "The network by department") },
    }),
    async (c) => {
      const [departments, coordinators] = await Promise.all([identity.departments(), identity.coordinators()]);
      const rows = networkDepartments(departments, coordinators, departmentScope(c.var.principal!));
      return c.json({ departments: rows, missing: rows.filter((d) => d.missing).length }, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "put",
      path: "/network-meetings/{id}/attendance",
      tags: ["network"],
      summary: "Record who attended a network meeting (replaces the list); version required",
      access: { roles: WRITERS },
      request: { params: IdParams, ...jsonBody(SetAttendance) },
      responses: { 200: jsonResponse(NetworkMeeting, "The meeting with its attendance") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, attendance } = c.req.valid("json");
      const seen = new Set<string>();
      for (const [i, a] of attendance.entries()) {
        const key = `${a.department}:${a.name.toLowerCase()}`;
        if (seen.has(key)) throw fieldProblem(`attendance.${i}.name`, "This person is already on the list.");
        seen.add(key);
      }
      const after = await db.transaction(async (tx) => {
        const row = await updateVersioned(tx, networkMeetings, id, version, { attendance });
        const dto = present(NetworkMeeting, row);
        await recordAudit(tx, audit, c, { action: "attendance", entity: "network-meeting", entityId: id, after: { attendance } });
        return dto;
      });
      return c.json(after, 200);
    },
  );

  router.route(
    "/",
    resourceRoutes(db, {
      entity: "network-meeting",
      path: "/network-meetings",
      tag: "network",
      table: networkMeetings,
      dto: NetworkMeeting,
      create: CreateNetworkMeeting,
      update: UpdateNetworkMeeting,
      query: NetworkMeetingQuery,
      readers: READERS,
      writers: WRITERS,
      orderBy: [networkMeetings.heldOn, networkMeetings.id],
      filters: (q: Q) => {
        const where: SQL[] = [];
        if (q.year !== undefined) where.push(inYear(networkMeetings.heldOn, q.year as number));
        if (q.q) where.push(ilike(networkMeetings.title, `%${q.q as string}%`));
        return where;
      },
    }),
  );

  return router;
}
