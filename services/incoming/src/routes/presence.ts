import { PresenceDashboard } from "@orbis/contracts/incoming";
import { createRouter, defineRoute, jsonResponse, principalOf } from "@orbis/service-kit";
import { and, asc, between, eq, inArray, isNull } from "drizzle-orm";
import { students } from "../db/schema/index";
import { READERS } from "../domain/access";
import { studentScopeWhere, type StudentRow } from "../domain/students";
import type { RouteContext } from "./context";

const DAY_MS = 86_400_000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

const present = (s: StudentRow, arrival: string, departure: string) => ({
  id: s.id,
  firstName: s.firstName,
  lastName: s.lastName,
  department: s.department,
  homeInstitutionName: s.homeInstitutionName,
  status: s.status,
  arrival,
  departure,
});

/** Who is here now and who arrives within 30 days, by host department (coordinators see their departments). */
export function presenceRoutes({ db, now }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/dashboard/presence",
      tags: ["follow-up"],
      summary: "Students here now (arrived, not departed), those arriving in the next 30 days (admitted or enrolled), counts per department",
      access: { roles: READERS },
      responses: { 200: jsonResponse(PresenceDashboard, "The presence dashboard") },
    }),
    async (c) => {
      const scope = studentScopeWhere(principalOf(c));
      const today = isoDay(now());
      const horizon = isoDay(new Date(now().getTime() + 30 * DAY_MS));
      const [here, coming] = await Promise.all([
        db
          .select()
          .from(students)
          .where(and(scope, eq(students.status, "arrived"), isNull(students.actualDeparture)))
          .orderBy(asc(students.department), asc(students.lastName), asc(students.id)),
        db
          .select()
          .from(students)
          .where(and(scope, inArray(students.status, ["admitted", "enrolled"]), between(students.plannedArrival, today, horizon)))
          .orderBy(asc(students.plannedArrival), asc(students.lastName), asc(students.id)),
      ]);
      const counts = new Map<string, { present: number; arriving: number }>();
      const countOf = (department: string) => counts.get(department) ?? counts.set(department, { present: 0, arriving: 0 }).get(department)!;
      for (const s of here) countOf(s.department).present += 1;
      for (const s of coming) countOf(s.department).arriving += 1;
      return c.json(
        {
          today,
          present: here.map((s) => present(s, s.actualArrival ?? s.plannedArrival, s.plannedDeparture)),
          arrivingSoon: coming.map((s) => present(s, s.plannedArrival, s.plannedDeparture)),
          byDepartment: [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([department, n]) => ({ department, ...n })),
        },
        200,
      );
    },
  );

  return router;
}
