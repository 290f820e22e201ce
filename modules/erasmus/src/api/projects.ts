import { z } from "zod";
import { requestJson } from "@orbis/contracts/http";
import {
  Amendment,
  BeneficiaryCheck,
  Project,
  ProjectBudget,
  ProjectPage,
  type CreateAmendment,
  type CreateProject,
  type ProjectQuery,
  type UpdateProject,
} from "@orbis/contracts/erasmus";

export const BASE = "/api/erasmus";
const project = (id: string) => `${BASE}/projects/${encodeURIComponent(id)}`;

/** The Erasmus+ service's projects API, through the shell origin with the session cookie. */
export const projectsApi = {
  list: (query: Partial<ProjectQuery>, signal?: AbortSignal) => requestJson(ProjectPage, `${BASE}/projects`, { query: { ...query }, signal }),
  get: (id: string, signal?: AbortSignal) => requestJson(Project, project(id), { signal }),
  create: (body: CreateProject) => requestJson(Project, `${BASE}/projects`, { method: "POST", body }),
  update: (id: string, body: UpdateProject) => requestJson(Project, project(id), { method: "PATCH", body }),
  amend: (id: string, body: CreateAmendment) => requestJson(Project, `${project(id)}/amendments`, { method: "POST", body }),
  amendments: (id: string, signal?: AbortSignal) => requestJson(z.array(Amendment), `${project(id)}/amendments`, { signal }),
  budget: (id: string, signal?: AbortSignal) => requestJson(ProjectBudget, `${project(id)}/budget`, { signal }),
  check: (id: string, signal?: AbortSignal) => requestJson(BeneficiaryCheck, `${project(id)}/beneficiary-report/check`, { signal }),
  exportHref: (id: string, format: "csv" | "xlsx") => `${project(id)}/beneficiary-report?format=${format}`,
};
