import { and, asc, eq, ilike, inArray, lt, type SQL } from "drizzle-orm";
import { FollowUpActionExportQuery } from "@orbis/contracts/governance";
import { toCsv, toXlsx } from "@orbis/documents/tables";
import { contentDisposition, createRouter, defineRoute } from "@orbis/service-kit";
import { followUpActions, meetings } from "../db/schema/index";
import { STAFF_READERS } from "../domain/access";
import { isoDay } from "../domain/checks";
import { PENDING_ACTION_STATUSES } from "./commission";
import type { RouteContext } from "./context";

const COLUMNS = [
  { key: "meeting", header: "Séance / Meeting", width: 40 },
  { key: "heldOn", header: "Date de la séance / Meeting date", width: 14 },
  { key: "title", header: "Action", width: 50 },
  { key: "owner", header: "Responsable / Owner", width: 28 },
  { key: "dueOn", header: "Échéance / Due date", width: 14 },
  { key: "status", header: "Statut / Status", width: 14 },
  { key: "overdue", header: "En retard / Overdue", width: 10 },
];

/** The commission's follow-up actions as CSV or XLSX, for the offices that follow them up. */
export function actionExportRoutes({ db, now }: RouteContext) {
  const router = createRouter();
  router.openapi(
    defineRoute({
      method: "get",
      path: "/actions/export",
      tags: ["commission"],
      summary: "Follow-up actions as CSV or XLSX (same filters as the list), by due date",
      access: { roles: STAFF_READERS },
      request: { query: FollowUpActionExportQuery },
      responses: { 200: { description: "The spreadsheet" } },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const today = isoDay(now());
      const where: SQL[] = [];
      if (q.meetingId) where.push(eq(followUpActions.meetingId, q.meetingId));
      if (q.decisionId) where.push(eq(followUpActions.decisionId, q.decisionId));
      if (q.status) where.push(eq(followUpActions.status, q.status));
      if (q.owner) where.push(ilike(followUpActions.owner, `%${q.owner}%`));
      if (q.overdue === "true") where.push(inArray(followUpActions.status, PENDING_ACTION_STATUSES), lt(followUpActions.dueOn, today));
      const rows = await db
        .select({ meeting: meetings.title, heldOn: meetings.heldOn, title: followUpActions.title, owner: followUpActions.owner, dueOn: followUpActions.dueOn, status: followUpActions.status })
        .from(followUpActions)
        .innerJoin(meetings, eq(meetings.id, followUpActions.meetingId))
        .where(and(...where))
        .orderBy(asc(followUpActions.dueOn), asc(followUpActions.title));
      const table = rows.map((r) => ({ ...r, overdue: PENDING_ACTION_STATUSES.includes(r.status) && r.dueOn < today ? "oui" : "non" }));
      const name = `actions-commission-${today}.${q.format}`;
      if (q.format === "csv") {
        return c.body(toCsv(COLUMNS, table), 200, { "content-type": "text/csv; charset=utf-8", "content-disposition": contentDisposition(name) });
      }
      const bytes = await toXlsx(COLUMNS, table, "Actions");
      return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
        "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "content-disposition": contentDisposition(name),
      });
    },
  );
  return router;
}
