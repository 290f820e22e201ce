import { requestJson } from "@orbis/contracts/http";
import { ProjectPage, type ProjectQuery } from "@orbis/contracts/erasmus";

export const BASE = "/api/erasmus";

/** The Erasmus+ service's projects API, through the shell origin with the session cookie. */
export const projectsApi = {
  list: (query: Partial<ProjectQuery>, signal?: AbortSignal) => requestJson(ProjectPage, `${BASE}/projects`, { query: { ...query }, signal }),
};
