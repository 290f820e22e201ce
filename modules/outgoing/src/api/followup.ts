import { Problem } from "@orbis/contracts/common";
import { ApiError, requestJson } from "@orbis/contracts/http";
import {
  CoordinatorOverview,
  FollowUpStep,
  FollowUpStepList,
  LaRevision,
  LateStepPage,
  LearningAgreement,
  Mobility,
  type FollowUpStepKind,
  type LateStepQuery,
  type LearningAgreementContent,
  type MobilityAction,
  type PatchStep,
} from "@orbis/contracts/outgoing";
import { BASE } from "./outgoing";

const mobilityPath = (id: string) => `${BASE}/mobilities/${encodeURIComponent(id)}`;
const revisionPath = (id: string) => `${BASE}/learning-agreements/${encodeURIComponent(id)}`;

/** Follow-up: status moves, checklist, reminders, coordinator overview. */
export const followUpApi = {
  act: (id: string, action: MobilityAction, body: { version: number; reason?: string; actualStart?: string; actualEnd?: string }) =>
    requestJson(Mobility, `${mobilityPath(id)}/${action}`, { method: "POST", body }),
  steps: (id: string, signal?: AbortSignal) => requestJson(FollowUpStepList, `${mobilityPath(id)}/steps`, { signal }),
  patchStep: (id: string, step: FollowUpStepKind, body: PatchStep) => requestJson(FollowUpStep, `${mobilityPath(id)}/steps/${step}`, { method: "PATCH", body }),
  documentUrl: (id: string, step: FollowUpStepKind) => `${mobilityPath(id)}/steps/${step}/document`,
  /** Multipart upload of the step's proof (PDF, JPEG or PNG); the version is the step's, as for a PATCH. */
  uploadDocument: async (id: string, step: FollowUpStepKind, version: number, file: File) => {
    const form = new FormData();
    form.set("file", file);
    const response = await fetch(`${mobilityPath(id)}/steps/${step}/document?version=${version}`, { method: "PUT", credentials: "same-origin", headers: { accept: "application/json" }, body: form });
    const data: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const problem = Problem.safeParse(data);
      throw new ApiError(response.status, problem.success ? problem.data : undefined, `HTTP ${response.status}`);
    }
    return FollowUpStep.parse(data);
  },
  late: (query: Partial<LateStepQuery>, signal?: AbortSignal) => requestJson(LateStepPage, `${BASE}/steps/late`, { query: { ...query }, signal }),
  overview: (academicYear: number | undefined, signal?: AbortSignal) => requestJson(CoordinatorOverview, `${BASE}/coordinator/overview`, { query: { academicYear }, signal }),
};

/** Learning agreements: revisions, workflow, EWP export. */
export const learningAgreementApi = {
  get: (mobilityId: string, signal?: AbortSignal) => requestJson(LearningAgreement, `${mobilityPath(mobilityId)}/learning-agreement`, { signal }),
  create: (mobilityId: string, content: LearningAgreementContent) => requestJson(LaRevision, `${mobilityPath(mobilityId)}/learning-agreement`, { method: "POST", body: content }),
  update: (id: string, body: LearningAgreementContent & { version: number }) => requestJson(LaRevision, revisionPath(id), { method: "PUT", body }),
  submit: (id: string, body: { version: number; studentSignature: { name: string; position: string; email: string } }) => requestJson(LaRevision, `${revisionPath(id)}/submit`, { method: "POST", body }),
  approve: (id: string, body: { version: number; signer: { name: string; position: string; email: string }; comment?: string }) =>
    requestJson(LaRevision, `${revisionPath(id)}/approve`, { method: "POST", body }),
  reject: (id: string, body: { version: number; comment: string }) => requestJson(LaRevision, `${revisionPath(id)}/reject`, { method: "POST", body }),
  ewpUrl: (mobilityId: string) => `${mobilityPath(mobilityId)}/learning-agreement/ewp`,
};
