import { z } from "zod";
import { requestJson } from "@orbis/contracts/http";
import {
  AgendaItem,
  Decision,
  Delegation,
  FollowUpAction,
  GovernanceDocument,
  IndicatorDefinition,
  LabelAudit,
  LabelCriterion,
  Meeting,
  Membership,
  MembershipEvent,
  MembershipFee,
  NetworkMeeting,
  NetworkOverview,
  Objective,
  ObjectiveProgress,
  ObjectiveTarget,
  ObjectiveValue,
  QualityLabel,
  type NetworkAttendance,
} from "@orbis/contracts/governance";
import { BASE } from "./overview";
import { recordsApi } from "./records";

/** Every collection of the governance service, typed by its contract. */
export const api = {
  objectives: recordsApi("/objectives", Objective),
  objectiveTargets: recordsApi("/objective-targets", ObjectiveTarget),
  objectiveValues: recordsApi("/objective-values", ObjectiveValue),
  meetings: recordsApi("/meetings", Meeting),
  agendaItems: recordsApi("/agenda-items", AgendaItem),
  decisions: recordsApi("/decisions", Decision),
  actions: recordsApi("/actions", FollowUpAction),
  networkMeetings: recordsApi("/network-meetings", NetworkMeeting),
  labels: recordsApi("/labels", QualityLabel),
  labelCriteria: recordsApi("/label-criteria", LabelCriterion),
  labelAudits: recordsApi("/label-audits", LabelAudit),
  memberships: recordsApi("/memberships", Membership),
  membershipFees: recordsApi("/membership-fees", MembershipFee),
  membershipEvents: recordsApi("/membership-events", MembershipEvent),
  delegations: recordsApi("/delegations", Delegation),
};

export const indicatorsApi = {
  list: (signal?: AbortSignal) => requestJson(z.array(IndicatorDefinition), `${BASE}/indicators`, { signal }),
  progress: (id: string, signal?: AbortSignal) => requestJson(ObjectiveProgress, `${BASE}/objectives/${encodeURIComponent(id)}/progress`, { signal }),
};

export const networkApi = {
  overview: (signal?: AbortSignal) => requestJson(NetworkOverview, `${BASE}/network`, { signal }),
  setAttendance: (id: string, version: number, attendance: NetworkAttendance[]) =>
    requestJson(NetworkMeeting, `${BASE}/network-meetings/${encodeURIComponent(id)}/attendance`, { method: "PUT", body: { version, attendance } }),
};

export const documentsApi = {
  list: (ownerType: string, ownerId: string, signal?: AbortSignal) =>
    requestJson(z.object({ items: z.array(GovernanceDocument), total: z.number() }), `${BASE}/documents`, { query: { ownerType, ownerId, limit: 200 }, signal }),
  contentHref: (id: string) => `${BASE}/documents/${encodeURIComponent(id)}/content`,
  remove: (id: string, version: number) => requestJson(z.unknown(), `${BASE}/documents/${encodeURIComponent(id)}`, { method: "DELETE", query: { version } }),
  /** Multipart upload (requestJson sends JSON only). */
  async upload(form: FormData) {
    const response = await fetch(`${BASE}/documents`, { method: "POST", body: form, credentials: "same-origin", headers: { accept: "application/json" } });
    return { ok: response.ok, status: response.status, json: (await response.json()) as unknown };
  },
};
