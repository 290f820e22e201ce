import { describe, expect, it } from "vitest";
import { EwpExportError, iiaGetResponseXml } from "../src/ewp";
import { iiaTextToHash, sha256Hex } from "../src/ewp/iia-hash";
import { agreement, condition, HOME, partner, validateIiaXml } from "./ewp-fixtures";

const exportXml = (a = agreement(), p = partner()) => iiaGetResponseXml({ agreement: a, partners: [p], home: HOME });

describe("iiaGetResponseXml", () => {
  it("writes a schema-valid document for a simple agreement, home institution first", () => {
    const xml = exportXml();
    const result = validateIiaXml(xml);
    expect(result.output).toContain("validates");
    expect(result.ok).toBe(true);
    expect(xml.indexOf("<hei-id>orbis.test</hei-id>")).toBeLessThan(xml.indexOf("<hei-id>uw.edu.pl</hei-id>"));
    expect(xml).toContain("<iia-id>7f3e2d1c-0b9a-4876-9543-210fedcba987</iia-id>");
    expect(xml).toContain("<iia-code>IIA-2024-0042</iia-code>");
    expect(xml).toContain("<receiving-first-academic-year-id>2024/2025</receiving-first-academic-year-id>");
    expect(xml).toContain("<receiving-last-academic-year-id>2028/2029</receiving-last-academic-year-id>");
    expect(xml).toContain("<ounit-id>LANG</ounit-id>");
    expect(xml).toContain("<in-effect>true</in-effect>");
  });

  it("maps every mobility type in both directions with contacts, languages, ISCED and EQF, and stays valid", () => {
    const a = agreement({
      status: "negotiation",
      departments: ["LANG", "HIST"],
      conditions: [
        condition({ mobilityType: "staff-training", direction: "receiving", places: 1, totalMonths: 0.5, iscedCodes: [], eqfLevels: [], languages: [] }),
        condition({
          mobilityType: "student-studies",
          direction: "receiving",
          places: 3,
          totalMonths: 27.5,
          iscedCodes: ["0231", "0222"],
          eqfLevels: [8, 7],
          languages: [
            { language: "pl", cefr: "B1" },
            { language: "en", cefr: "C1" },
          ],
          contacts: [
            { side: "home", role: "Coordinatrice", name: "Claire Martin", email: "claire.martin@orbis.test", phone: "+33 1 23 45 67 89" },
            { side: "partner", role: "Coordinator", name: "Piotr Zieliński", email: null, phone: "ext. 1234" },
          ],
        }),
        condition({ mobilityType: "student-traineeship", places: 4, totalMonths: null, eqfLevels: [], languages: [] }),
        condition({ mobilityType: "staff-teaching", places: 2, totalMonths: 0.25, languages: [{ language: "fr", cefr: "C2" }] }),
        condition({ mobilityType: "staff-teaching", direction: "receiving", places: 1, totalMonths: null, languages: [] }),
      ],
    });
    const xml = exportXml(a);
    const result = validateIiaXml(xml);
    expect(result.output).toContain("validates");
    expect(result.ok).toBe(true);
    // Schema order: studies, traineeships, teaching, training.
    const order = ["student-studies", "student-traineeship", "staff-teacher", "staff-training"].map((e) => xml.indexOf(`<${e}-mobility-spec>`));
    expect(order).toEqual([...order].sort((x, y) => x - y));
    expect(xml).toContain("<total-months-per-year>27.5</total-months-per-year>");
    expect(xml).toContain("<total-days-per-year>7.5</total-days-per-year>");
    expect(xml).toContain("<total-days-per-year>15</total-days-per-year>");
    expect(xml).toContain("<p:e164>+33123456789</p:e164>");
    expect(xml).toContain("<p:other-format>ext. 1234</p:other-format>");
    expect(xml).toContain("<in-effect>false</in-effect>");
    expect(xml).not.toContain("<ounit-id>");
    // Studies and teaching require a language: "und" (undetermined) when Orbis has none.
    expect(xml).toContain("<language>und</language>");
  });

  it("escapes & < > \" ' in every text it writes, and the result is still valid", () => {
    const p = partner({ contacts: [{ role: `R&D <lab> "quoted" 'single'`, name: "O'Brien & <Sons>", email: null, phone: null }] });
    const a = agreement({
      reference: `E+/2024 & <"x">`,
      signatories: [{ side: "home", name: `Dupont & "Fils" <DRI>`, role: "Vice-président > RI", signedOn: null }],
      conditions: [condition({ contacts: [{ side: "partner", role: "A&B", name: "<script>alert(1)</script>", email: null, phone: null }] })],
    });
    const xml = exportXml(a, p);
    expect(validateIiaXml(xml).ok).toBe(true);
    expect(xml).toContain("<iia-code>E+/2024 &amp; &lt;&quot;x&quot;&gt;</iia-code>");
    expect(xml).toContain("O&apos;Brien &amp; &lt;Sons&gt;");
    expect(xml).not.toContain("<script>");
  });

  it("leaves out conditions with no places (EWP requires a positive number) and keeps the document valid", () => {
    const a = agreement({ conditions: [condition({ places: 0, mobilityType: "staff-training" }), condition({ places: 5 })] });
    const xml = exportXml(a);
    expect(validateIiaXml(xml).ok).toBe(true);
    expect(xml).not.toContain("staff-training-mobility-spec");
    expect(xml).toContain("condition(s) with 0 places left out");
  });

  it("writes spec codes broader than 4 digits as other-info-terms instead of inventing detailed codes", () => {
    const xml = exportXml(agreement({ conditions: [condition({ iscedCodes: ["023", "0231", "02"] })] }));
    expect(validateIiaXml(xml).ok).toBe(true);
    expect(xml).toContain("<isced-f-code>0231</isced-f-code>");
    expect(xml).toContain("ISCED-F (broad/narrow fields): 023, 02");
  });

  it("computes iia-hash over the conditions, as the official v7 XSLT does", () => {
    const xml = exportXml();
    const hash = /<iia-hash>([0-9a-f]{64})<\/iia-hash>/.exec(xml)?.[1];
    expect(hash).toBeDefined();
    const changed = exportXml(agreement({ conditions: [condition({ places: 3 })] }));
    expect(changed).not.toContain(hash!);
  });

  it("builds text-to-hash exactly like the official v7 example (README of the XSLT kit)", () => {
    const leaf = (name: string, text: string) => ({ name, text });
    const specs = [
      {
        name: "student-studies-mobility-spec",
        children: [leaf("sending-hei-id", "uw.edu.pl"), leaf("receiving-hei-id", "hibo.no"), leaf("receiving-first-academic-year-id", "2014/2015"), leaf("receiving-last-academic-year-id", "2020/2021"), leaf("mobilities-per-year", "2"), { name: "recommended-language-skill", children: [leaf("language", "en"), leaf("cefr-level", "B1")] }, leaf("blended", "false")],
      },
    ];
    expect(iiaTextToHash(["a1", null], specs)).toBe(
      "_iia-id_1=a1__iia-id_2=__cooperation-conditions.student-studies-mobility-spec.sending-hei-id=uw.edu.pl_" +
        "_cooperation-conditions.student-studies-mobility-spec.receiving-hei-id=hibo.no_" +
        "_cooperation-conditions.student-studies-mobility-spec.mobilities-per-year=2_" +
        "_student-studies-mobility-spec.recommended-language-skill.language=en__student-studies-mobility-spec.recommended-language-skill.cefr-level=B1_" +
        "_cooperation-conditions.student-studies-mobility-spec.blended=false_" +
        "_receiving-first-academic-year-id=2014/2015__receiving-last-academic-year-id=2020/2021_",
    );
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("the xmllint check really fails on a document that breaks the schema", () => {
    const result = validateIiaXml(exportXml().replace("<blended>false</blended>", ""));
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/fails to validate/);
  });

  it("refuses what cannot be an IIA with an EwpExportError", () => {
    expect(() => exportXml(agreement({ type: "bilateral" }))).toThrow(EwpExportError);
    expect(() => exportXml(agreement(), partner({ schacCode: null }))).toThrow(/SCHAC/);
    expect(() => iiaGetResponseXml({ agreement: agreement(), partners: [], home: HOME })).toThrow(EwpExportError);
    expect(() => exportXml(agreement({ partnerIds: [partner().id, "11111111-2222-4333-8444-555555555555"] }))).toThrow(/exactly two/);
  });
});
