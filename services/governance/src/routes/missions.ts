import { Mission, MissionInput, MissionPage, MissionQuery, MissionTransition, MissionUpdate } from "@orbis/contracts/governance";
import { canSeeDepartment, createRouter, defineRoute, findOr404, HttpProblem, jsonBody, jsonResponse, principalOf, recordAudit, updateVersioned } from "@orbis/service-kit";
import { asc, count, desc, eq } from "drizzle-orm";
import { audit, missions } from "../db/schema/index";
import { IdParams } from "../domain/api-schemas";
import { lockedBudget } from "../domain/mission-budget";
import { missionWhere } from "../domain/mission-query";
import { assertCanEdit, canSeeMission, committedCents, MISSION_READERS, MISSION_REQUESTERS, missionTotal, missionYear, nextStatus, toMission } from "../domain/missions";
import type { RouteContext } from "./context";

/** Staff mission requests: drafted by any DRI staff member, decided by leadership within the year's envelope. */
export function missionRoutes({ db, now }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/missions",
      tags: ["missions"],
      summary: "Missions the caller may see (coordinators: their departments' and their own), latest first",
      access: { roles: MISSION_READERS },
      request: { query: MissionQuery },
      responses: { 200: jsonResponse(MissionPage, "A page of missions") },
    }),
    async (c) => {
      const query = c.req.valid("query");
      const where = missionWhere(principalOf(c), query);
      const [rows, [total]] = await Promise.all([
        db.select().from(missions).where(where).orderBy(desc(missions.startDate), asc(missions.id)).limit(query.limit).offset(query.offset),
        db.select({ n: count() }).from(missions).where(where),
      ]);
      return c.json({ items: rows.map(toMission), total: total?.n ?? 0 }, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/missions",
      tags: ["missions"],
      summary: "File a mission request (a draft) as the caller",
      access: { roles: MISSION_REQUESTERS },
      request: jsonBody(MissionInput),
      responses: { 201: jsonResponse(Mission, "Created as a draft") },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const p = principalOf(c);
      if (!p.email) throw new HttpProblem("forbidden", "Mission requests are filed by people, not services.");
      if (!canSeeDepartment(p, input.department)) {
        throw new HttpProblem("out_of_scope", "This department is outside your scope.", { errors: [{ path: "body.department", message: "Outside your departments" }] });
      }
      const created = await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(missions)
          .values({ ...input, requesterEmail: p.email!.toLowerCase(), requesterName: p.name ?? p.email!, year: missionYear(input.startDate), totalCents: missionTotal(input) })
          .returning();
        const mission = toMission(row!);
        await recordAudit(tx, audit, c, { action: "create", entity: "mission", entityId: mission.id, after: mission });
        return mission;
      });
      return c.json(created, 201);
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/missions/{id}",
      tags: ["missions"],
      summary: "One mission",
      access: { roles: MISSION_READERS },
      request: { params: IdParams },
      responses: { 200: jsonResponse(Mission, "The mission") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const [row] = await db.select().from(missions).where(eq(missions.id, id));
      if (!row || !canSeeMission(principalOf(c), row)) throw new HttpProblem("not_found", "No such mission.");
      return c.json(toMission(row), 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "put",
      path: "/missions/{id}",
      tags: ["missions"],
      summary: "Change a draft request; needs the version read",
      access: { roles: MISSION_REQUESTERS },
      request: { params: IdParams, ...jsonBody(MissionUpdate) },
      responses: { 200: jsonResponse(Mission, "Updated") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, ...input } = c.req.valid("json");
      const p = principalOf(c);
      const updated = await db.transaction(async (tx) => {
        const row = await findOr404(tx, missions, id, "mission");
        if (!canSeeMission(p, row)) throw new HttpProblem("not_found", "No such mission.");
        assertCanEdit(p, row);
        const after = toMission(await updateVersioned(tx, missions, id, version, { ...input, year: missionYear(input.startDate), totalCents: missionTotal(input) }));
        await recordAudit(tx, audit, c, { action: "update", entity: "mission", entityId: id, before: toMission(row), after });
        return after;
      });
      return c.json(updated, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/missions/{id}/transitions",
      tags: ["missions"],
      summary: "Take a workflow step: submit, approve or refuse (leadership; approval within the year's envelope), complete, reimburse",
      access: { roles: MISSION_REQUESTERS },
      request: { params: IdParams, ...jsonBody(MissionTransition) },
      responses: { 200: jsonResponse(Mission, "The mission after the step") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const body = c.req.valid("json");
      const p = principalOf(c);
      const updated = await db.transaction(async (tx) => {
        const row = await findOr404(tx, missions, id, "mission");
        if (!canSeeMission(p, row)) throw new HttpProblem("not_found", "No such mission.");
        const status = nextStatus(p, row, body.action);
        if (body.action === "approve") {
          // The envelope row stays locked until commit: two approvals racing for the last euros are serialised.
          const budget = await lockedBudget(tx, row.year);
          const committed = await committedCents(tx, row.year);
          if (committed + row.totalCents > budget.envelopeCents) {
            throw new HttpProblem(
              "conflict",
              `Approving ${row.totalCents} cents would exceed the ${row.year} envelope (${budget.envelopeCents - committed} cents left).`,
              { errors: [{ path: "body.action", message: "Beyond the year's envelope" }] },
            );
          }
        }
        const decision = body.action === "approve" || body.action === "refuse" ? { decisionNote: body.note ?? null, decidedBy: p.email ?? p.sub, decidedAt: now() } : {};
        const payment = body.action === "reimburse" ? { reimbursedCents: body.reimbursedCents!, reimbursedOn: body.reimbursedOn! } : {};
        const after = toMission(await updateVersioned(tx, missions, id, body.version, { status, ...decision, ...payment }));
        await recordAudit(tx, audit, c, { action: body.action, entity: "mission", entityId: id, before: toMission(row), after });
        return after;
      });
      return c.json(updated, 200);
    },
  );

  return router;
}
