import { describe, expect, it } from "vitest";
import { ERASMUS_CODE_PATTERN, agreementCoversYear, formatErasmusCode, generateUniverse } from "../src";

describe("Erasmus codes", () => {
  it("accepts the real format and rejects malformed codes", () => {
    for (const code of ["D  BERLIN01", "E  MADRID03", "PL WARSZAW01", "F  PARIS001", "IRLDUBLIN02", "SF HELSINK01", "RO CLUJ-NA01"]) expect(code).toMatch(ERASMUS_CODE_PATTERN);
    for (const code of ["D BERLIN01", "DE BERLIN1", "PL  WARSZAW01", "d  berlin01", "PLWARSZAW01", "D  01", "E  MADRID-01"]) expect(code).not.toMatch(ERASMUS_CODE_PATTERN);
    expect(formatErasmusCode("D", "BERLIN", 1)).toBe("D  BERLIN01");
    expect(formatErasmusCode("PL", "WARSZAW", 1)).toBe("PL WARSZAW01");
    expect(formatErasmusCode("IRL", "DUBLIN", 2)).toBe("IRLDUBLIN02");
  });

  it("gives every partner of a programme country a well-formed code with its country's prefix, and none elsewhere", () => {
    for (const universe of [generateUniverse(), generateUniverse({ seed: 8, scale: 3 })]) {
      const countries = new Map(universe.countries.map((c) => [c.code, c]));
      for (const partner of universe.partners) {
        const country = countries.get(partner.countryCode);
        if (country?.erasmusStatus === "programme") expect(partner.erasmusCode).not.toBeNull();
        if (country?.erasmusCodePrefix === null) expect(partner.erasmusCode).toBeNull();
        if (partner.erasmusCode === null) continue;
        expect(partner.erasmusCode).toMatch(ERASMUS_CODE_PATTERN);
        expect(partner.erasmusCode.slice(0, 3).trim()).toBe(country?.erasmusCodePrefix);
      }
    }
  });
});

describe("partners and agreements", () => {
  const universe = generateUniverse();
  const countries = new Map(universe.countries.map((c) => [c.code, c]));
  const partnerCountry = new Map(universe.partners.map((p) => [p.id, countries.get(p.countryCode)]));

  it("has about 80 partners in Europe and the world, with names in two scripts and domains", () => {
    expect(universe.partners.length).toBeGreaterThanOrEqual(75);
    expect(universe.partners.length).toBeLessThanOrEqual(90);
    const programme = universe.partners.filter((p) => countries.get(p.countryCode)?.erasmusStatus === "programme").length;
    expect(programme / universe.partners.length).toBeGreaterThan(0.3);
    expect(programme / universe.partners.length).toBeLessThan(0.7);
    expect(universe.partners.some((p) => p.name !== p.nameLatin)).toBe(true);
    for (const partner of universe.partners) {
      expect(partner.nameLatin).toMatch(/^[\p{Script=Latin}\p{N}\p{P}\p{Zs}]+$/u);
      expect(partner.schacCode).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
      expect(partner.website).toBe(`https://www.${partner.schacCode}/`);
      expect(Math.abs(partner.latitude)).toBeLessThanOrEqual(90);
      expect(Math.abs(partner.longitude)).toBeLessThanOrEqual(180);
    }
  });

  it("uses Erasmus+ agreements in programme countries and bilateral ones elsewhere", () => {
    for (const agreement of universe.agreements) {
      const country = partnerCountry.get(agreement.partnerId);
      if (agreement.programme === "KA131") expect(country?.erasmusStatus === "programme" || country?.code === "GB").toBe(true);
      if (agreement.programme === "KA171" || agreement.type === "bilateral") expect(country?.erasmusStatus).toBe("partner");
      if (agreement.type === "framework") expect(agreement.conditions).toEqual([]);
      else if (agreement.type !== "programme") expect(agreement.conditions.length).toBeGreaterThan(0);
      if (agreement.status === "draft" || agreement.status === "negotiation") expect(agreement.signedOn).toBeNull();
      else expect(agreement.signedOn !== null && agreement.signedOn < `${agreement.startYear.slice(0, 4)}-09-01`).toBe(true);
    }
    const types = new Set(universe.agreements.map((a) => a.type));
    expect([...types].sort()).toEqual(["bilateral", "double-degree", "erasmus-iia", "framework", "programme"]);
  });

  it("has well-formed cooperation conditions", () => {
    for (const condition of universe.agreements.flatMap((a) => a.conditions)) {
      expect(condition.places).toBeGreaterThan(0);
      const student = condition.mobilityType.startsWith("student");
      expect(condition.monthsPerYear === null).toBe(!student);
      expect(condition.daysPerYear === null).toBe(student);
      for (const code of condition.iscedCodes) expect(code).toMatch(/^\d{4}$/);
      for (const level of condition.eqfLevels) expect([6, 7, 8]).toContain(level);
      if (student) expect(condition.languageRequirements.length).toBeGreaterThan(0);
      if (condition.direction === "incoming" && student) expect(condition.languageRequirements[0]?.language).toBe("fr");
    }
  });

  it("runs the CUPA and Quebec programmes with institutions in Chicago and Quebec", () => {
    const programme = (code: string) => universe.agreements.filter((a) => a.programme === code).map((a) => universe.partners.find((p) => p.id === a.partnerId));
    expect(programme("CUPA").length).toBeGreaterThan(0);
    for (const partner of programme("CUPA")) expect(partner?.city).toBe("Chicago");
    expect(programme("PQEE").length).toBeGreaterThan(0);
    for (const partner of programme("PQEE")) expect(partner?.countryCode).toBe("CA");
  });

  it("suspended cooperation with Russian institutions from 2022-2023", () => {
    const russian = universe.agreements.filter((a) => partnerCountry.get(a.partnerId)?.code === "RU");
    expect(russian.length).toBeGreaterThan(0);
    for (const agreement of russian) {
      expect(agreementCoversYear(agreement, "2022-2023")).toBe(false);
      expect(agreement.startYear < "2022").toBe(true);
    }
    const russianIds = new Set(russian.map((a) => a.id));
    for (const m of universe.mobilities) if (m.agreementId && russianIds.has(m.agreementId)) expect(m.academicYear < "2022").toBe(true);
  });

  it("has active agreements in every department for the current year", () => {
    for (const department of universe.departments) {
      const active = universe.agreements.filter((a) => a.departments.includes(department.code) && agreementCoversYear(a, universe.currentAcademicYear));
      expect(active.length, department.code).toBeGreaterThan(0);
    }
  });
});
