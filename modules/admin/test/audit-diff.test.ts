import { describe, expect, it } from "vitest";
import type { AuditRecord } from "@orbis/contracts/common";
import { auditChanges, auditSubject, diffRecords, flattenRecord, sameValue } from "../src/audit/audit-diff";
import { auditActionLabel, auditFieldLabel, formatAuditValue } from "../src/audit/format-value";
import { adminMessages } from "../src/i18n";

const before = {
  id: "0b7a3f8e-4a6f-4a57-9f55-2f5e9c1d1b11",
  email: "claire.martin@univ.fr",
  name: "Claire Martin",
  department: "INFO",
  roles: ["coordinator", "erasmus"],
  scopes: ["INFO"],
  active: true,
  version: 3,
  createdAt: "2026-01-10T09:00:00.000Z",
  updatedAt: "2026-01-10T09:00:00.000Z",
};

const record = (fields: Partial<AuditRecord>): AuditRecord => ({
  id: 1,
  at: "2026-02-01T10:00:00.000Z",
  actor: "admin@univ.fr",
  actorKind: "user",
  requestId: null,
  action: "update",
  entity: "user",
  entityId: before.id,
  before: null,
  after: null,
  ...fields,
});

describe("diffRecords", () => {
  it("lists the changed fields, leaving bookkeeping (version, timestamps) out", () => {
    const after = { ...before, name: "Claire Martin-Roux", department: null, version: 4, updatedAt: "2026-02-01T10:00:00.000Z" };
    expect(diffRecords(before, after)).toEqual([
      { field: "name", before: "Claire Martin", after: "Claire Martin-Roux" },
      { field: "department", before: "INFO", after: null },
    ]);
  });

  it("reports lists as what was added and removed, and ignores reordering", () => {
    const after = { ...before, roles: ["erasmus", "analyst"], scopes: [] };
    expect(diffRecords(before, after)).toEqual([
      { field: "roles", before: before.roles, after: ["erasmus", "analyst"], added: ["analyst"], removed: ["coordinator"] },
      { field: "scopes", before: ["INFO"], after: [], added: [], removed: ["INFO"] },
    ]);
    expect(diffRecords(before, { ...before, roles: ["erasmus", "coordinator"] })).toEqual([]);
  });

  it("lists every field a creation set", () => {
    const changes = auditChanges(record({ action: "create", before: null, after: before }));
    expect(changes.map((change) => change.field)).toEqual(["email", "name", "department", "roles", "scopes", "active"]);
    expect(changes.find((change) => change.field === "roles")).toEqual({
      field: "roles",
      before: undefined,
      after: before.roles,
      added: before.roles,
      removed: [],
    });
  });

  it("flattens nested objects into dotted fields and honours ignored prefixes", () => {
    const module = { name: "erasmus", label: { fr: "Erasmus", en: "Erasmus" }, current: { version: "1.0.0", entryUrl: "/a.js" } };
    const next = { ...module, label: { fr: "Erasmus+", en: "Erasmus" }, current: { version: "1.1.0", entryUrl: "/b.js" } };
    expect(diffRecords(module, next, ["current"])).toEqual([{ field: "label.fr", before: "Erasmus", after: "Erasmus+" }]);
    expect(flattenRecord({ a: { b: 1, c: [1, 2] }, d: {} })).toEqual(
      new Map<string, unknown>([
        ["a.b", 1],
        ["a.c", [1, 2]],
        ["d", {}],
      ]),
    );
  });

  it("compares values structurally", () => {
    expect(sameValue({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(sameValue({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue(null, undefined)).toBe(false);
  });

  it("finds nothing in a row without before and after (set_password)", () => {
    expect(auditChanges(record({ action: "set_password" }))).toEqual([]);
  });
});

describe("auditSubject", () => {
  it("names accounts, departments and modules readably", () => {
    expect(auditSubject(record({ after: before }), "fr")).toBe("Claire Martin");
    expect(auditSubject(record({ entity: "department", entityId: "INFO", after: { code: "INFO", nameFr: "Informatique", nameEn: "Computing" } }), "en")).toBe(
      "Computing",
    );
    expect(auditSubject(record({ entity: "module", entityId: "erasmus", before: { name: "erasmus", labelFr: "Mobilité Erasmus" } }), "fr")).toBe(
      "Mobilité Erasmus",
    );
    expect(auditSubject(record({ entityId: "raw-id" }), "fr")).toBe("raw-id");
  });
});

describe("formatting audited values", () => {
  const fr = adminMessages.bind("fr");
  const en = adminMessages.bind("en");

  it("uses role names, status words and markers for nothing and secrets", () => {
    expect(formatAuditValue(fr, "roles", ["coordinator", "analyst"])).toBe("Coordinateur départemental, Analyste");
    expect(formatAuditValue(en, "active", false)).toBe("Deactivated");
    expect(formatAuditValue(fr, "enabled", true)).toBe("Activé");
    expect(formatAuditValue(fr, "department", null)).toBe("Aucun");
    expect(formatAuditValue(fr, "scopes", [])).toBe("Aucun");
    expect(formatAuditValue(en, "passwordHash", "[redacted]")).toBe("(hidden)");
    expect(formatAuditValue(fr, "order", 10)).toBe("10");
    expect(formatAuditValue(fr, "name", "")).toBe("(vide)");
  });

  it("labels known fields and actions, and keeps unknown ones as they are", () => {
    expect(auditFieldLabel(fr, "scopes")).toBe("Départements couverts");
    expect(auditFieldLabel(en, "label.fr")).toBe("French label");
    expect(auditFieldLabel(fr, "integrity")).toBe("integrity");
    expect(auditActionLabel(fr, "create")).toBe("Création");
    expect(auditActionLabel(en, "rollback")).toBe("Version change");
    expect(auditActionLabel(fr, "merge")).toBe("merge");
  });
});
