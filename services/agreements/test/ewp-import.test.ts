import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CreateAgreement, CreatePartner } from "@orbis/contracts/agreements";
import { describe, expect, it } from "vitest";
import { EwpFormatError, iiaGetResponseXml, parseIiaGetResponse, PARTNER_ID_PLACEHOLDER, UNKNOWN_CITY } from "../src/ewp";
import { agreement, condition, HOME, IIAS_DIR, partner } from "./ewp-fixtures";

const official = (file: string) => readFileSync(join(IIAS_DIR, file), "utf8");
const expectContractValid = (result: ReturnType<typeof parseIiaGetResponse>) => {
  for (const { partner: p, agreement: a } of result.iias) {
    expect(() => CreatePartner.parse(p)).not.toThrow();
    expect(() => CreateAgreement.parse(a)).not.toThrow();
  }
};

describe("parseIiaGetResponse on the official examples", () => {
  it("imports get-response-example.xml seen from Warsaw: partner hibo.no in Norway, conditions from Warsaw's side", () => {
    const result = parseIiaGetResponse(official("endpoints/get-response-example.xml"), "uw.edu.pl");
    expectContractValid(result);
    expect(result.iias).toHaveLength(1);
    const [iia] = result.iias;
    expect(iia!.partner).toMatchObject({ name: "hibo.no", schacCode: "hibo.no", countryCode: "NO", city: UNKNOWN_CITY });
    expect(iia!.agreement).toMatchObject({ type: "erasmus-iia", externalId: "1954991", startYear: 2014, endYear: 2020, partnerIds: [PARTNER_ID_PLACEHOLDER] });
    expect(iia!.homeIiaId).toBe("0f7a5682-faf7-49a7-9cc7-ec486c49a281");
    expect(iia!.inEffect).toBe(true);
    const conditions = iia!.agreement.conditions!;
    expect(conditions.map((c) => `${c.direction} ${c.mobilityType} ${c.places}`)).toEqual([
      "sending student-studies 2",
      "sending student-traineeship 10",
      "sending staff-teaching 2",
      "receiving staff-teaching 2",
      "receiving staff-training 2",
    ]);
    expect(conditions[0]).toMatchObject({
      totalMonths: 5,
      iscedCodes: ["0314"],
      eqfLevels: [7, 8],
      languages: [
        { language: "en", cefr: "B1" },
        { language: "no", cefr: "B1" },
      ],
    });
    expect(conditions[2]!.totalMonths).toBeCloseTo(8 / 30, 2);
    expect(iia!.agreement.signatories).toEqual([
      { side: "home", name: "Sylwia Nowak", role: "", signedOn: null },
      { side: "partner", name: "Monica Turner", role: "", signedOn: null },
    ]);
    const ignored = result.ignored.join("\n");
    expect(ignored).toMatch(/blended=false not recorded/);
    expect(ignored).toMatch(/sending-ounit-id "140"/);
    expect(ignored).toMatch(/pdf-file "4a483112/);
    expect(ignored).toMatch(/covers 2016\/2017-2017\/2018 only/);
    expect(ignored).toMatch(/city is not in the document/);
    expect(ignored).toMatch(/8 staff days per year recorded as 0.27 months/);
    // The official example's iia-hash is reproduced by our implementation of the v7 XSLT rules.
    expect(ignored).not.toMatch(/iia-hash does not match/);
  });

  it("reports an iia-hash that does not match the conditions", () => {
    const altered = official("endpoints/get-response-example.xml").replace("<mobilities-per-year>10</mobilities-per-year>", "<mobilities-per-year>11</mobilities-per-year>");
    const result = parseIiaGetResponse(altered, "uw.edu.pl");
    expect(result.iias[0]!.agreement.conditions![1]!.places).toBe(11);
    expect(result.ignored.join("\n")).toMatch(/iia-hash does not match the cooperation conditions/);
  });

  it("imports the same example seen from the Norwegian side, with directions reversed and the escaped iia-code decoded", () => {
    const result = parseIiaGetResponse(official("endpoints/get-response-example.xml"), "hibo.no");
    expectContractValid(result);
    const [iia] = result.iias;
    expect(iia!.partner).toMatchObject({ schacCode: "uw.edu.pl", countryCode: "PL" });
    expect(iia!.partner.contacts).toEqual([{ role: "IIA contact", name: "Jadwiga Kowalska", email: "email@example.com", phone: null }]);
    expect(iia!.agreement.externalId).toBe("0f7a5682-faf7-49a7-9cc7-ec486c49a281");
    expect(iia!.agreement.title).toBe("Erasmus+ uw.edu.pl (983/E+/III14&15)");
    expect(iia!.agreement.conditions!.map((c) => c.direction)).toEqual(["receiving", "receiving", "receiving", "sending", "sending"]);
  });

  it("imports the example-scenario get-response parts (no namespace, hei ids A and B) without throwing", () => {
    const known = { knownPartner: (hei: string) => (hei === "a" ? { countryCode: "PL", city: "Warszawa" } : hei === "b" ? { countryCode: "NO", city: "Bergen" } : undefined) };
    const fromB = parseIiaGetResponse(official("example-scenario/01-A-get-response.part.xml"), "B", known);
    expectContractValid(fromB);
    expect(fromB.iias).toHaveLength(1);
    expect(fromB.iias[0]!.partner).toMatchObject({ name: "A", schacCode: null, countryCode: "PL", city: "Warszawa" });
    expect(fromB.iias[0]!.agreement).toMatchObject({ externalId: "0f7a5682-faf7-49a7-9cc7-ec486c49a281", startYear: 2019, endYear: 2020 });
    expect(fromB.iias[0]!.agreement.conditions!.map((c) => c.direction)).toEqual(["receiving", "sending"]);
    expect(fromB.ignored.join("\n")).toMatch(/no namespace declared/);
    expect(fromB.ignored.join("\n")).toMatch(/not a SCHAC domain/);

    const fromA = parseIiaGetResponse(official("example-scenario/02-B-get-response.part.xml"), "A", known);
    expectContractValid(fromA);
    expect(fromA.iias[0]!.agreement.externalId).toBe("79364");
    expect(fromA.iias[0]!.homeIiaId).toBe("0f7a5682-faf7-49a7-9cc7-ec486c49a281");
  });

  it("does not guess a country: without one the IIA is skipped and the reason reported", () => {
    const result = parseIiaGetResponse(official("example-scenario/01-A-get-response.part.xml"), "B");
    expect(result.iias).toEqual([]);
    expect(result.ignored.join("\n")).toMatch(/not imported: the partner's country is unknown/);
  });

  it("skips an IIA that does not involve the home institution", () => {
    const result = parseIiaGetResponse(official("endpoints/get-response-example.xml"), "orbis.test");
    expect(result.iias).toEqual([]);
    expect(result.ignored.join("\n")).toMatch(/does not involve the home institution orbis.test/);
  });
});

describe("export then import", () => {
  it("gives back the same conditions, years and signatories, seen from the partner's side", () => {
    const conditions = [
      condition({ mobilityType: "student-studies", direction: "sending", places: 3, totalMonths: 27.5, iscedCodes: ["0231", "0222"], eqfLevels: [6, 7], languages: [{ language: "pl", cefr: "B1" }, { language: "en", cefr: "C1" }] }),
      condition({ mobilityType: "student-studies", direction: "receiving", places: 2, totalMonths: 10, iscedCodes: [], eqfLevels: [7], languages: [{ language: "fr", cefr: "B2" }], contacts: [{ side: "home", role: "Coordinatrice", name: "Claire Martin", email: "claire.martin@orbis.test", phone: "+33123456789" }] }),
      condition({ mobilityType: "student-traineeship", direction: "sending", places: 4, totalMonths: null, iscedCodes: ["0413"], eqfLevels: [], languages: [] }),
      condition({ mobilityType: "staff-teaching", direction: "receiving", places: 1, totalMonths: 0.25, iscedCodes: [], eqfLevels: [], languages: [{ language: "en", cefr: "C2" }] }),
      condition({ mobilityType: "staff-training", direction: "sending", places: 2, totalMonths: 1.33, iscedCodes: [], eqfLevels: [], languages: [], contacts: [{ side: "partner", role: "Coordinator", name: "Jan & <Nowak>", email: "jan@uw.edu.pl", phone: null }] }),
    ];
    const exported = agreement({ conditions });
    const xml = iiaGetResponseXml({ agreement: exported, partners: [partner()], home: HOME });
    // The partner reads our document: their home is uw.edu.pl, their partner is us.
    const result = parseIiaGetResponse(xml, "uw.edu.pl", { knownPartner: () => ({ countryCode: "FR", city: "Paris" }) });
    expectContractValid(result);
    expect(result.iias).toHaveLength(1);
    const imported = result.iias[0]!.agreement;
    expect(imported.externalId).toBe(exported.id);
    expect(result.ignored.join("\n")).not.toMatch(/iia-hash does not match/);
    expect(imported.title).toBe("Erasmus+ orbis.test (IIA-2024-0042)");
    expect([imported.startYear, imported.endYear]).toEqual([2024, 2028]);
    const flip = { sending: "receiving", receiving: "sending" } as const;
    const flipSide = { home: "partner", partner: "home" } as const;
    const expected = conditions.map(({ id: _id, ...c }) => ({ ...c, direction: flip[c.direction], contacts: c.contacts.map((k) => ({ ...k, side: flipSide[k.side] })) }));
    const byType = (list: typeof expected) => [...list].sort((x, y) => `${x.mobilityType}${x.direction}`.localeCompare(`${y.mobilityType}${y.direction}`));
    expect(byType(imported.conditions as typeof expected)).toEqual(byType(expected));
    expect(imported.signatories).toEqual([
      { side: "home", name: "Jan Nowak", role: "Rector", signedOn: "2024-03-10" },
      { side: "partner", name: "Marie Dupont", role: "Présidente", signedOn: "2024-03-01" },
    ]);
  });

  it("gives back our own side when we import our own export (home = us), with the partner's iia-id as externalId", () => {
    const xml = iiaGetResponseXml({ agreement: agreement(), partners: [partner()], home: HOME, partnerIiaId: "PARTNER-77" });
    const result = parseIiaGetResponse(xml, HOME.schac);
    expectContractValid(result);
    expect(result.iias[0]!.agreement).toMatchObject({ externalId: "PARTNER-77", departments: ["LANG"], conditions: [{ direction: "sending", mobilityType: "student-studies", places: 2 }] });
    expect(result.iias[0]!.partner).toMatchObject({ schacCode: "uw.edu.pl", countryCode: "PL" });
  });
});

describe("parseIiaGetResponse on bad input", () => {
  const cases: Array<[string, string, RegExp]> = [
    ["empty", "", /empty/],
    ["truncated", "<iias-get-response><iia><partner>", /Malformed XML at line 1/],
    ["mismatched tags", "<iias-get-response><iia></partner></iias-get-response>", /Malformed XML/],
    ["not XML", "hello, world", /Malformed XML|Not an EWP/],
    ["another document", "<learning-agreement/>", /root element is <learning-agreement>/],
    ["another namespace", '<iias-get-response xmlns="https://github.com/erasmus-without-paper/ewp-specs-api-iias/blob/stable-v6/endpoints/get-response.xsd"/>', /Unsupported namespace/],
    ["a DTD", '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><iias-get-response>&a;</iias-get-response>', /DOCTYPE/],
  ];
  it.each(cases)("rejects %s with an EwpFormatError", (_label, xml, message) => {
    expect(() => parseIiaGetResponse(xml, "uw.edu.pl")).toThrow(EwpFormatError);
    expect(() => parseIiaGetResponse(xml, "uw.edu.pl")).toThrow(message);
  });

  it("reports unknown elements and unusable values instead of failing", () => {
    const xml = official("endpoints/get-response-example.xml")
      .replace("<in-effect>true</in-effect>", "<in-effect>true</in-effect><shiny-new-field>1</shiny-new-field>")
      .replace("<eqf-level>8</eqf-level>", "<eqf-level>3</eqf-level>")
      .replace("<mobilities-per-year>10</mobilities-per-year>", "<mobilities-per-year>ten</mobilities-per-year>");
    const result = parseIiaGetResponse(xml, "uw.edu.pl");
    expectContractValid(result);
    const ignored = result.ignored.join("\n");
    expect(ignored).toMatch(/unknown element <shiny-new-field>/);
    expect(ignored).toMatch(/EQF level 3 not recorded/);
    expect(ignored).toMatch(/mobilities-per-year "ten" is not a whole number/);
    expect(result.iias[0]!.agreement.conditions).toHaveLength(4);
  });
});
