import { and, desc, eq, gte, ilike, inArray, lt, type SQL } from "drizzle-orm";
import {
  AgendaItem,
  AgendaItemQuery,
  CreateAgendaItem,
  CreateDecision,
  CreateFollowUpAction,
  CreateMeeting,
  Decision,
  DecisionQuery,
  FollowUpAction,
  FollowUpActionQuery,
  Meeting,
  MeetingQuery,
  UpdateAgendaItem,
  UpdateDecision,
  UpdateFollowUpAction,
  UpdateMeeting,
} from "@orbis/contracts/governance";
import { createRouter } from "@orbis/service-kit";
import { agendaItems, decisions, followUpActions, meetings } from "../db/schema/index";
import { STAFF_READERS, WRITERS } from "../domain/access";
import { assertReference, isoDay } from "../domain/checks";
import type { RouteContext } from "./context";
import { fieldProblem, resourceRoutes } from "./resource";

type Q = Record<string, unknown>;

/** Statuses of an action still to be done (overdue once past its due date). */
export const PENDING_ACTION_STATUSES = ["open", "in-progress"];

/** Year filter on a date column: [year-01-01, year+1-01-01). */
export function inYear(column: Parameters<typeof gte>[0], year: number): SQL {
  return and(gte(column, `${year}-01-01`), lt(column, `${year + 1}-01-01`))!;
}

/** The international relations commission: meetings, agenda, decisions and the follow-up actions they create. */
export function commissionRoutes({ db, now }: RouteContext) {
  const router = createRouter();
  const common = { tag: "commission", readers: STAFF_READERS, writers: WRITERS } as const;

  router.route(
    "/",
    resourceRoutes(db, {
      ...common,
      entity: "meeting",
      path: "/meetings",
      table: meetings,
      dto: Meeting,
      create: CreateMeeting,
      update: UpdateMeeting,
      query: MeetingQuery,
      orderBy: [desc(meetings.heldOn), meetings.id],
      filters: (q: Q) => {
        const where: SQL[] = [];
        if (q.year !== undefined) where.push(inYear(meetings.heldOn, q.year as number));
        if (q.status) where.push(eq(meetings.status, q.status as string));
        if (q.q) where.push(ilike(meetings.title, `%${q.q as string}%`));
        return where;
      },
    }),
  );

  router.route(
    "/",
    resourceRoutes(db, {
      ...common,
      entity: "agenda-item",
      path: "/agenda-items",
      table: agendaItems,
      dto: AgendaItem,
      create: CreateAgendaItem,
      update: UpdateAgendaItem,
      query: AgendaItemQuery,
      orderBy: [agendaItems.meetingId, agendaItems.position, agendaItems.id],
      filters: (q: Q) => (q.meetingId ? [eq(agendaItems.meetingId, q.meetingId as string)] : []),
      check: async (tx, v) => void (await assertReference(tx, meetings, v.meetingId, "meetingId", "meeting")),
    }),
  );

  router.route(
    "/",
    resourceRoutes(db, {
      ...common,
      entity: "decision",
      path: "/decisions",
      table: decisions,
      dto: Decision,
      create: CreateDecision,
      update: UpdateDecision,
      query: DecisionQuery,
      orderBy: [decisions.meetingId, decisions.reference, decisions.id],
      filters: (q: Q) => {
        const where: SQL[] = [];
        if (q.meetingId) where.push(eq(decisions.meetingId, q.meetingId as string));
        if (q.q) where.push(ilike(decisions.text, `%${q.q as string}%`));
        return where;
      },
      check: async (tx, v) => {
        await assertReference(tx, meetings, v.meetingId, "meetingId", "meeting");
        if (v.agendaItemId) {
          const item = await assertReference(tx, agendaItems, v.agendaItemId, "agendaItemId", "agenda item");
          if (item.meetingId !== v.meetingId) throw fieldProblem("agendaItemId", "This agenda item belongs to another meeting.");
        }
      },
    }),
  );

  router.route(
    "/",
    resourceRoutes(db, {
      ...common,
      entity: "follow-up-action",
      path: "/actions",
      table: followUpActions,
      dto: FollowUpAction,
      create: CreateFollowUpAction,
      update: UpdateFollowUpAction,
      query: FollowUpActionQuery,
      orderBy: [followUpActions.dueOn, followUpActions.title, followUpActions.id],
      filters: (q: Q) => {
        const where: SQL[] = [];
        if (q.meetingId) where.push(eq(followUpActions.meetingId, q.meetingId as string));
        if (q.decisionId) where.push(eq(followUpActions.decisionId, q.decisionId as string));
        if (q.status) where.push(eq(followUpActions.status, q.status as string));
        if (q.owner) where.push(ilike(followUpActions.owner, `%${q.owner as string}%`));
        if (q.overdue === "true") where.push(inArray(followUpActions.status, PENDING_ACTION_STATUSES), lt(followUpActions.dueOn, isoDay(now())));
        return where;
      },
      check: async (tx, v) => {
        await assertReference(tx, meetings, v.meetingId, "meetingId", "meeting");
        if (v.decisionId) {
          const decision = await assertReference(tx, decisions, v.decisionId, "decisionId", "decision");
          if (decision.meetingId !== v.meetingId) throw fieldProblem("decisionId", "This decision was taken at another meeting.");
        }
      },
    }),
  );

  return router;
}
