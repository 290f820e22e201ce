import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNT_EMAILS, STAFF_ROLES, generateUniverse } from "../src";

const EXPECTED = [
  { email: "admin@orbis.test", roles: ["admin"], scopes: [], department: null },
  { email: "erasmus@orbis.test", roles: ["erasmus"], scopes: [], department: null },
  { email: "incoming@orbis.test", roles: ["incoming"], scopes: [], department: null },
  { email: "outgoing@orbis.test", roles: ["outgoing"], scopes: [], department: null },
  { email: "agreements@orbis.test", roles: ["agreements"], scopes: [], department: null },
  { email: "vp@orbis.test", roles: ["leadership"], scopes: [], department: null },
  { email: "analyst@orbis.test", roles: ["analyst"], scopes: [], department: null },
  { email: "rri.chinese@orbis.test", roles: ["coordinator"], scopes: ["CHINESE"], department: "CHINESE" },
  { email: "rri.arabic@orbis.test", roles: ["coordinator"], scopes: ["ARABIC"], department: "ARABIC" },
  { email: "rri.russian@orbis.test", roles: ["coordinator"], scopes: ["RUSSIAN"], department: "RUSSIAN" },
];

describe("staff", () => {
  const universe = generateUniverse();

  it("contains exactly the demo accounts, with their roles, scopes and departments", () => {
    const demo = universe.staff.filter((s) => s.isDemoAccount);
    expect(demo.map(({ email, roles, scopes, department }) => ({ email, roles, scopes, department }))).toEqual(EXPECTED);
    expect(DEMO_ACCOUNT_EMAILS).toEqual(EXPECTED.map((e) => e.email));
    for (const member of demo) {
      expect(member.firstName.length).toBeGreaterThan(1);
      expect(member.name).toBe(`${member.firstName} ${member.lastName}`);
      expect(member.jobTitle.fr.length).toBeGreaterThan(0);
      expect(member.jobTitle.en.length).toBeGreaterThan(0);
    }
  });

  it("keeps the demo accounts whatever the seed and scale", () => {
    const other = generateUniverse({ seed: 99, scale: 0.3 });
    expect(other.staff.filter((s) => s.isDemoAccount).map((s) => [s.email, s.name, s.roles])).toEqual(
      universe.staff.filter((s) => s.isDemoAccount).map((s) => [s.email, s.name, s.roles]),
    );
  });

  it("has one coordinator per department, scoped to it", () => {
    for (const department of universe.departments) {
      const coordinators = universe.staff.filter((s) => s.roles.includes("coordinator") && s.scopes.includes(department.code));
      expect(coordinators).toHaveLength(1);
      expect(coordinators[0]?.department).toBe(department.code);
      expect(coordinators[0]?.email).toMatch(/^rri\.[a-z-]+@orbis\.test$/);
    }
  });

  it("gives only coordinators scopes and only known roles, and has teaching staff in every department", () => {
    for (const member of universe.staff) {
      for (const role of member.roles) expect(STAFF_ROLES).toContain(role);
      if (!member.roles.includes("coordinator")) expect(member.scopes).toEqual([]);
      expect(member.email).toMatch(/^[a-z0-9.-]+@orbis\.test$/);
    }
    for (const department of universe.departments) {
      expect(universe.staff.filter((s) => s.kind === "academic" && s.department === department.code && s.roles.length === 0).length).toBeGreaterThanOrEqual(4);
    }
  });

  it("declares the departments the demo coordinators are scoped to, with contract-compatible codes", () => {
    const codes = universe.departments.map((d) => d.code);
    expect(codes).toEqual(expect.arrayContaining(["CHINESE", "ARABIC", "RUSSIAN"]));
    expect(codes.length).toBeGreaterThanOrEqual(10);
    for (const code of codes) expect(code).toMatch(/^[A-Z][A-Z0-9_-]{1,31}$/);
  });
});
