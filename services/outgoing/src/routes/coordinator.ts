import { CoordinatorOverview, CoordinatorOverviewQuery } from "@orbis/contracts/outgoing";
import { createRouter, defineRoute, jsonResponse, principalOf } from "@orbis/service-kit";
import { and, asc, count, eq, inArray, lt } from "drizzle-orm";
import { followUpSteps, laRevisions, mobilities } from "../db/schema/index";
import { STAFF_AND_COORDINATORS, studentScope } from "../domain/access";
import { academicYearAt, isoDay } from "../domain/dates";
import { mobilityScope, toMobility } from "../domain/mobilities";
import type { RouteContext } from "./context";

/** The coordinator's desk: their departments' mobilities of the year with what is late or awaiting validation. */
export function coordinatorRoutes({ db, now }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/coordinator/overview",
      tags: ["follow-up"],
      summary: "Mobilities of the academic year (current by default) in the caller's departments, with late steps and pending learning agreements",
      access: { roles: STAFF_AND_COORDINATORS },
      request: { query: CoordinatorOverviewQuery },
      responses: { 200: jsonResponse(CoordinatorOverview, "The overview") },
    }),
    async (c) => {
      const principal = principalOf(c);
      const academicYear = c.req.valid("query").academicYear ?? academicYearAt(now());
      const today = isoDay(now());
      const rows = await db
        .select()
        .from(mobilities)
        .where(and(mobilityScope(principal), eq(mobilities.academicYear, academicYear)))
        .orderBy(asc(mobilities.department), asc(mobilities.lastName), asc(mobilities.firstName));
      const ids = rows.map((r) => r.id);
      const [late, revisions] = ids.length
        ? await Promise.all([
            db
              .select({ mobilityId: followUpSteps.mobilityId, n: count() })
              .from(followUpSteps)
              .where(and(inArray(followUpSteps.mobilityId, ids), eq(followUpSteps.status, "todo"), lt(followUpSteps.dueDate, today)))
              .groupBy(followUpSteps.mobilityId),
            db.select({ mobilityId: laRevisions.mobilityId, revision: laRevisions.revision, status: laRevisions.status }).from(laRevisions).where(inArray(laRevisions.mobilityId, ids)),
          ])
        : [[], []];
      const lateOf = new Map(late.map((l) => [l.mobilityId, l.n]));
      const laOf = new Map<string, { revision: number; status: string }>();
      for (const r of revisions) if ((laOf.get(r.mobilityId)?.revision ?? 0) < r.revision) laOf.set(r.mobilityId, r);
      const items = rows.map((row) => {
        const status = (laOf.get(row.id)?.status ?? "none") as "none" | "draft" | "submitted" | "approved" | "rejected";
        const live = row.status === "planned" || row.status === "in-progress";
        return { mobility: toMobility(row), lateSteps: live ? (lateOf.get(row.id) ?? 0) : 0, learningAgreementStatus: status, learningAgreementPending: live && status !== "approved" };
      });
      return c.json(
        {
          academicYear,
          departments: studentScope(principal),
          items,
          totals: { mobilities: items.length, lateSteps: items.reduce((n, i) => n + i.lateSteps, 0), pendingLearningAgreements: items.filter((i) => i.learningAgreementPending).length },
        },
        200,
      );
    },
  );

  return router;
}
