import type { Mission, MissionAction, MissionInput, MissionStatus } from "@orbis/contracts/governance";
import { COMMITTED_MISSION_STATUSES } from "@orbis/contracts/governance";
import type { Principal } from "@orbis/contracts/identity";
import type { Db } from "@orbis/db";
import { canSeeDepartment, hasAnyRole, HttpProblem } from "@orbis/service-kit";
import { and, eq, inArray, sql } from "drizzle-orm";
import { missions } from "../db/schema/index";
import { WRITERS } from "./access";

/** Any staff member of the DRI files requests; coordinators file and follow their department's missions. */
export const MISSION_REQUESTERS = ["leadership", "admin", "erasmus", "incoming", "outgoing", "agreements", "coordinator"] as const;
export const MISSION_READERS = [...MISSION_REQUESTERS, "analyst"] as const;

export type MissionRow = typeof missions.$inferSelect;

export const missionTotal = (input: Pick<MissionInput, "costLines">) => input.costLines.reduce((sum, line) => sum + line.amountCents, 0);
export const missionYear = (startDate: string) => Number(startDate.slice(0, 4));

export function toMission(row: MissionRow): Mission {
  return {
    id: row.id,
    requesterEmail: row.requesterEmail,
    requesterName: row.requesterName,
    department: row.department,
    destinationCity: row.destinationCity,
    destinationCountry: row.destinationCountry,
    purpose: row.purpose,
    startDate: row.startDate,
    endDate: row.endDate,
    year: row.year,
    costLines: row.costLines,
    totalCents: row.totalCents,
    status: row.status,
    decisionNote: row.decisionNote,
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    reimbursedCents: row.reimbursedCents,
    reimbursedOn: row.reimbursedOn,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const isWriter = (p: Principal) => hasAnyRole(p, [...WRITERS]);
const isOwn = (p: Principal, row: Pick<MissionRow, "requesterEmail">) => !!p.email && p.email.toLowerCase() === row.requesterEmail;

/** Leadership, the DRI's teams and analysts see every mission; a coordinator sees their departments' and their own. */
export function canSeeMission(p: Principal, row: MissionRow): boolean {
  return isOwn(p, row) || canSeeDepartment(p, row.department);
}

/** Only the requester (or leadership/admin on their behalf) changes a request, and only while it is a draft. */
export function assertCanEdit(p: Principal, row: MissionRow): void {
  if (!isOwn(p, row) && !isWriter(p)) throw new HttpProblem("forbidden", "Only the requester or leadership can change this request.");
  if (row.status !== "draft") throw new HttpProblem("conflict", `The request is ${row.status}: only drafts can be changed.`);
}

/** Who may take each step, and from which status. */
const STEPS: Record<MissionAction, { from: MissionStatus[]; to: MissionStatus; by: "requester" | "leadership" }> = {
  submit: { from: ["draft"], to: "submitted", by: "requester" },
  approve: { from: ["submitted"], to: "approved", by: "leadership" },
  refuse: { from: ["submitted"], to: "refused", by: "leadership" },
  complete: { from: ["approved"], to: "completed", by: "requester" },
  reimburse: { from: ["completed"], to: "reimbursed", by: "leadership" },
};

export function nextStatus(p: Principal, row: MissionRow, action: MissionAction): MissionStatus {
  const step = STEPS[action];
  const allowed = isWriter(p) || (step.by === "requester" && isOwn(p, row));
  if (!allowed) throw new HttpProblem("forbidden", step.by === "leadership" ? "Only leadership decides and reimburses missions." : "Only the requester or leadership can do this.");
  if (!step.from.includes(row.status)) {
    throw new HttpProblem("conflict", `Cannot ${action} a ${row.status} request.`, { errors: [{ path: "body.action", message: `Not possible from ${row.status}` }] });
  }
  return step.to;
}

/** What approvals already committed on a year's envelope. */
export async function committedCents(db: Db, year: number): Promise<number> {
  const [row] = await db
    .select({ total: sql<string>`coalesce(sum(${missions.totalCents}), 0)` })
    .from(missions)
    .where(and(eq(missions.year, year), inArray(missions.status, [...COMMITTED_MISSION_STATUSES])));
  return Number(row?.total ?? 0);
}

export async function pendingCents(db: Db, year: number): Promise<number> {
  const [row] = await db
    .select({ total: sql<string>`coalesce(sum(${missions.totalCents}), 0)` })
    .from(missions)
    .where(and(eq(missions.year, year), eq(missions.status, "submitted")));
  return Number(row?.total ?? 0);
}
