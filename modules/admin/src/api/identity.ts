import type { AuditRecord } from "@orbis/contracts/common";
import { requestJson } from "@orbis/contracts/http";
import { User, UserPage, type CreateUser, type UpdateUser } from "@orbis/contracts/identity";
import { AuditPage, DepartmentPage, DepartmentRecord, type CreateDepartment, type UpdateDepartment } from "./schemas";

const BASE = "/api/identity";

export interface UserListQuery {
  q?: string | undefined;
  role?: string | undefined;
  active?: "true" | "false" | undefined;
  limit: number;
  offset: number;
}

export interface AuditListQuery {
  entity?: string | undefined;
  entityId?: string | undefined;
  limit: number;
  offset: number;
}

/** The identity service's administration API, called through the shell origin with the session cookie. */
export const identityApi = {
  listUsers: (query: UserListQuery, signal?: AbortSignal) => requestJson(UserPage, `${BASE}/users`, { query: { ...query }, signal }),
  getUser: (id: string, signal?: AbortSignal) => requestJson(User, `${BASE}/users/${encodeURIComponent(id)}`, { signal }),
  createUser: (body: CreateUser) => requestJson(User, `${BASE}/users`, { method: "POST", body }),
  updateUser: (id: string, body: UpdateUser) =>
    requestJson(User, `${BASE}/users/${encodeURIComponent(id)}`, { method: "PATCH", body }),

  /** Every department, active or not (the service allows up to 1000 per page; a university has far fewer). */
  listDepartments: (signal?: AbortSignal) => requestJson(DepartmentPage, `${BASE}/departments`, { query: { limit: 1000 }, signal }),
  createDepartment: (body: CreateDepartment) => requestJson(DepartmentRecord, `${BASE}/departments`, { method: "POST", body }),
  updateDepartment: (code: string, body: UpdateDepartment) =>
    requestJson(DepartmentRecord, `${BASE}/departments/${encodeURIComponent(code)}`, { method: "PATCH", body }),

  listAudit: (query: AuditListQuery, signal?: AbortSignal): Promise<{ items: AuditRecord[]; total: number }> =>
    requestJson(AuditPage, `${BASE}/audit`, { query: { ...query }, signal }),
};
