import type { AuditRecord } from "@orbis/contracts/common";
import type { Principal, User } from "@orbis/contracts/identity";
import type { ModuleEntry, ModuleVersionItem } from "@orbis/contracts/registry";
import type { DepartmentRecord } from "../src/api/schemas";

export const admin: Principal = {
  sub: "9d0f5f0e-1111-4a57-9f55-2f5e9c1d1b11",
  kind: "user",
  email: "admin@univ.fr",
  name: "Alice Admin",
  roles: ["admin"],
  departments: [],
};

export const claire: User = {
  id: "0b7a3f8e-4a6f-4a57-9f55-2f5e9c1d1b11",
  email: "claire.martin@univ.fr",
  name: "Claire Martin",
  department: "INFO",
  roles: ["coordinator"],
  scopes: ["INFO"],
  active: true,
  version: 4,
  createdAt: "2026-01-10T09:00:00.000Z",
  updatedAt: "2026-02-01T09:00:00.000Z",
};

const department = (code: string, nameFr: string, nameEn: string): DepartmentRecord => ({
  code,
  nameFr,
  nameEn,
  active: true,
  version: 1,
  createdAt: "2026-01-01T09:00:00.000Z",
  updatedAt: "2026-01-01T09:00:00.000Z",
});

export const departments = [department("INFO", "Informatique", "Computer science"), department("MATH", "Mathématiques", "Mathematics")];

export const auditOfClaire: AuditRecord = {
  id: 12,
  at: "2026-02-01T09:00:00.000Z",
  actor: "admin@univ.fr",
  actorKind: "user",
  requestId: "req-1",
  action: "update",
  entity: "user",
  entityId: claire.id,
  before: { ...claire, roles: ["coordinator"], version: 3 },
  after: { ...claire, roles: ["coordinator", "analyst"], version: 4 },
};

const build = (version: string, publishedAt: string, current: boolean): ModuleVersionItem => ({
  module: "erasmus",
  version,
  entryUrl: `/static/erasmus/${version}/spa.js`,
  cssUrls: [],
  integrity: "sha384-AAAA",
  publishedBy: "deploy-bot",
  publishedAt,
  current,
});

export const erasmusVersions = [build("1.2.0", "2026-02-01T09:00:00.000Z", true), build("1.1.0", "2026-01-15T09:00:00.000Z", false)];

export const erasmus: ModuleEntry = {
  name: "erasmus",
  route: "/erasmus",
  framework: "react",
  roles: ["erasmus", "coordinator"],
  label: { fr: "Erasmus+", en: "Erasmus+" },
  order: 10,
  enabled: true,
  currentVersion: "1.2.0",
  current: (({ current: _current, ...rest }) => rest)(erasmusVersions[0]!),
  version: 7,
  updatedAt: "2026-02-01T09:00:00.000Z",
};
