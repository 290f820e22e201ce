import { describe, expect, it } from "vitest";
import { agreementCoversYear, generateUniverse } from "../src";
import type { Universe } from "../src";

const universes: [string, Universe][] = [
  ["default", generateUniverse()],
  ["seed 42, scale 2", generateUniverse({ seed: 42, scale: 2 })],
  ["seed 5, scale 0.2, 2031", generateUniverse({ seed: 5, scale: 0.2, referenceDate: "2031-02-14" })],
];

describe.each(universes)("referential integrity (%s)", (_, u) => {
  const departments = new Set(u.departments.map((d) => d.code));
  const countries = new Set(u.countries.map((c) => c.code));
  const networks = new Set(u.networks.map((n) => n.code));
  const years = new Set(u.academicYears.map((y) => y.code));
  const partners = new Map(u.partners.map((p) => [p.id, p]));
  const agreements = new Map(u.agreements.map((a) => [a.id, a]));
  const students = new Map(u.students.map((s) => [s.id, s]));
  const staff = new Map(u.staff.map((s) => [s.id, s]));

  it("resolves the references of staff, partners and agreements", () => {
    for (const member of u.staff) {
      if (member.department !== null) expect(departments).toContain(member.department);
      for (const scope of member.scopes) expect(departments).toContain(scope);
    }
    for (const partner of u.partners) {
      expect(countries).toContain(partner.countryCode);
      expect(partner.departments.length).toBeGreaterThan(0);
      for (const d of partner.departments) expect(departments).toContain(d);
      for (const n of partner.networks) expect(networks).toContain(n);
    }
    for (const agreement of u.agreements) {
      expect(partners.has(agreement.partnerId)).toBe(true);
      expect(agreement.departments.length).toBeGreaterThan(0);
      for (const d of agreement.departments) expect(departments).toContain(d);
      expect(agreement.startYear <= agreement.endYear).toBe(true);
    }
    for (const student of u.students) {
      expect(departments).toContain(student.department);
      expect(countries).toContain(student.nationality);
    }
  });

  it("gives every partner at least one agreement, the first one in its cooperationSince year", () => {
    for (const partner of u.partners) {
      const own = u.agreements.filter((a) => a.partnerId === partner.id);
      expect(own.length).toBeGreaterThan(0);
      expect(partner.cooperationSince).toBe(own.map((a) => a.startYear).sort()[0]);
    }
  });

  it("resolves every mobility's references, consistently with its agreement", () => {
    for (const m of u.mobilities) {
      expect(years).toContain(m.academicYear);
      expect(countries).toContain(m.countryCode);
      if (m.department !== null) expect(departments).toContain(m.department);
      const participants = [m.studentId, m.staffId, m.visitingStaff].filter((x) => x !== null);
      expect(participants).toHaveLength(1);
      if (m.studentId !== null) expect(students.has(m.studentId)).toBe(true);
      if (m.staffId !== null) expect(staff.has(m.staffId)).toBe(true);
      expect(m.participantType === "student").toBe(m.studentId !== null);
      expect((m.partnerId === null) !== (m.externalInstitution === null)).toBe(true);
      expect(m.partnerId === null).toBe(m.agreementId === null);
      if (m.partnerId !== null && m.agreementId !== null) {
        const partner = partners.get(m.partnerId);
        const agreement = agreements.get(m.agreementId);
        expect(partner).toBeDefined();
        expect(agreement?.partnerId).toBe(m.partnerId);
        if (!agreement || !partner) continue;
        expect(agreementCoversYear(agreement, m.academicYear)).toBe(true);
        if (m.department !== null && m.mobilityType !== "staff-training") expect(agreement.departments).toContain(m.department);
        expect(agreement.conditions.some((c) => c.direction === m.direction && c.mobilityType === m.mobilityType)).toBe(true);
        expect(m.programme).toBe(agreement.programme);
        expect(m.countryCode).toBe(partner.countryCode);
        expect(m.city).toBe(partner.city);
      } else {
        expect(["FREE_MOVER", "FLE_ASSISTANTS", "KA131"]).toContain(m.programme);
        expect(m.countryCode).toBe(m.externalInstitution?.countryCode);
      }
      if (m.programme === "FREE_MOVER") expect(m.direction).toBe("incoming");
      if (m.programme === "FLE_ASSISTANTS") expect(m.direction).toBe("outgoing");
    }
  });

  it("keeps each student's mobilities in the student's direction and department", () => {
    for (const m of u.mobilities) {
      if (m.studentId === null) continue;
      const student = students.get(m.studentId);
      expect(student?.direction).toBe(m.direction);
      expect(student?.department).toBe(m.department);
    }
    const withMobility = new Set(u.mobilities.map((m) => m.studentId));
    for (const student of u.students) expect(withMobility).toContain(student.id);
  });

  it("has unique natural keys", () => {
    const unique = (values: (string | null)[]) => expect(new Set(values).size).toBe(values.length);
    unique(u.staff.map((s) => s.email));
    unique(u.students.map((s) => s.email));
    unique(u.students.map((s) => s.studentNumber));
    unique(u.partners.map((p) => p.schacCode));
    unique(u.partners.filter((p) => p.erasmusCode !== null).map((p) => p.erasmusCode));
    unique(u.agreements.map((a) => a.reference));
    unique(u.partners.map((p) => `${p.countryCode}|${p.name}`));
  });

  it("dates mobilities consistently with their status at the reference date", () => {
    const today = u.referenceDate;
    const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
    for (const m of u.mobilities) {
      expect(m.startDate <= m.endDate).toBe(true);
      expect(m.endDate <= m.plannedEndDate).toBe(true);
      expect(m.durationDays).toBe(day(m.endDate) - day(m.startDate) + 1);
      expect(m.durationMonths).toBeCloseTo(m.durationDays / 30, 2);
      const year = Number(m.academicYear.slice(0, 4));
      expect(m.startDate >= `${year}-08-01` && m.startDate <= `${year + 1}-08-31`).toBe(true);
      if (m.status === "completed") expect(m.endDate < today).toBe(true);
      if (m.status === "interrupted") expect(m.endDate < m.plannedEndDate && m.endDate < today).toBe(true);
      if (m.status === "planned") expect(m.startDate > today).toBe(true);
      if (m.status === "in-progress") expect(m.startDate <= today && today <= m.endDate).toBe(true);
      if (m.status !== "interrupted") expect(m.endDate).toBe(m.plannedEndDate);
      if (m.ectsEarned !== null) {
        expect(["completed", "interrupted"]).toContain(m.status);
        expect(m.ectsEarned).toBeLessThanOrEqual(m.ectsPlanned ?? 0);
      }
      if (m.participantType === "staff") expect(m.ectsPlanned).toBeNull();
    }
  });
});
