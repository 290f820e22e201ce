import {
  COOPERATION_TRANSITIONS,
  CreateCooperationProject,
  type CooperationProject,
  type CooperationStage,
  type Deadline,
  type Meeting,
  type UpdateCooperationProject,
} from "@orbis/contracts/erasmus";
import { findOr404, HttpProblem, zodFieldErrors } from "@orbis/service-kit";
import type { Db } from "@orbis/db";
import type { cooperationDeadlines, cooperationMeetings} from "../db/schema/index";
import { cooperationProjects } from "../db/schema/index";

export type CooperationRow = typeof cooperationProjects.$inferSelect;
type DeadlineRow = typeof cooperationDeadlines.$inferSelect;
type MeetingRow = typeof cooperationMeetings.$inferSelect;

export function toCooperationProject(row: CooperationRow): CooperationProject {
  return {
    id: row.id,
    action: row.action as CooperationProject["action"],
    callYear: row.callYear,
    title: row.title,
    acronym: row.acronym,
    leadInstitution: row.leadInstitution,
    weLead: row.weLead,
    projectLeader: row.projectLeader,
    department: row.department,
    partners: row.partners,
    requestedCents: row.requestedCents,
    shareCents: row.shareCents,
    grantedCents: row.grantedCents,
    submissionDeadline: row.submissionDeadline,
    startDate: row.startDate,
    endDate: row.endDate,
    summary: row.summary,
    stage: row.stage as CooperationStage,
    stageChangedOn: row.stageChangedOn,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const toDeadline = (row: DeadlineRow): Deadline => ({ id: row.id, projectId: row.projectId, label: row.label, dueOn: row.dueOn, done: row.done, version: row.version });

export const toMeeting = (row: MeetingRow): Meeting => ({
  id: row.id,
  projectId: row.projectId,
  heldOn: row.heldOn,
  place: row.place,
  attendees: row.attendees,
  minutes: row.minutes,
  version: row.version,
  updatedAt: row.updatedAt.toISOString(),
});

export const loadCooperationProject = (db: Db, id: string) => findOr404(db, cooperationProjects, id, "cooperation project");

/** An edit checked against the whole record (e.g. a share above the requested grant already stored). */
export function mergedCooperation(current: CooperationRow, changes: Omit<UpdateCooperationProject, "version">) {
  const { id: _id, stage: _s, stageChangedOn: _c, grantedCents: _g, version: _v, createdAt: _a, updatedAt: _u, ...fields } = toCooperationProject(current);
  const result = CreateCooperationProject.safeParse({ ...fields, ...changes });
  if (!result.success) throw new HttpProblem("validation", "Some fields are invalid.", { errors: zodFieldErrors(result.error.issues, "body") });
  return result.data;
}

export function assertStageChange(from: CooperationStage, to: CooperationStage) {
  if (!COOPERATION_TRANSITIONS[from].includes(to))
    throw new HttpProblem("conflict", `A project at stage "${from}" cannot move to "${to}" (allowed: ${COOPERATION_TRANSITIONS[from].join(", ") || "none"}).`);
}
