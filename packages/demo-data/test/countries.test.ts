import { describe, expect, it } from "vitest";
import { generateUniverse } from "../src";

describe("countries", () => {
  const { countries } = generateUniverse({ scale: 0.1 });
  const country = (code: string) => countries.find((c) => c.code === code);

  it("has the Erasmus+ country groups of DOMAIN.md for both call periods", () => {
    expect(country("FR")).toMatchObject({ erasmusStatus: "programme", erasmusGroup2021: "G2", erasmusGroup2024: "G1", erasmusCodePrefix: "F" });
    expect(country("DK")).toMatchObject({ erasmusGroup2021: "G1", erasmusGroup2024: "G1" });
    expect(country("ES")).toMatchObject({ erasmusGroup2021: "G2", erasmusGroup2024: "G2" });
    expect(country("CZ")).toMatchObject({ erasmusGroup2021: "G3", erasmusGroup2024: "G2" });
    expect(country("PL")).toMatchObject({ erasmusGroup2021: "G3", erasmusGroup2024: "G3" });
    expect(country("TR")).toMatchObject({ erasmusStatus: "programme", erasmusGroup2021: "G3", erasmusGroup2024: "G3" });
    const programme = countries.filter((c) => c.erasmusStatus === "programme");
    // EU-27 plus the six associated third countries.
    expect(programme).toHaveLength(33);
    for (const c of programme) {
      expect(c.erasmusGroup2021).not.toBeNull();
      expect(c.erasmusGroup2024).not.toBeNull();
      expect(c.erasmusPartnerRegion).toBeNull();
    }
  });

  it("places partner countries in their KA171 region", () => {
    expect(country("CN")?.erasmusPartnerRegion).toBe(5);
    expect(country("RU")?.erasmusPartnerRegion).toBe(4);
    expect(country("MA")?.erasmusPartnerRegion).toBe(3);
    expect(country("US")?.erasmusPartnerRegion).toBe(12);
    expect(country("GB")).toMatchObject({ erasmusStatus: "partner", erasmusPartnerRegion: 14, erasmusGroup2024: null });
    for (const c of countries.filter((x) => x.erasmusStatus === "partner")) expect(c.erasmusPartnerRegion).toBeGreaterThan(0);
  });

  it("names every country in French and English, with ISO codes", () => {
    expect(new Set(countries.map((c) => c.code)).size).toBe(countries.length);
    for (const c of countries) {
      expect(c.code).toMatch(/^[A-Z]{2}$/);
      expect(c.nameFr.length).toBeGreaterThan(1);
      expect(c.nameEn.length).toBeGreaterThan(1);
      expect(c.languages.length).toBeGreaterThan(0);
    }
  });
});
