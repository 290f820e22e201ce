import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Agreement, Partner } from "@orbis/contracts/agreements";
import { generateUniverse, HOME_INSTITUTION } from "@orbis/demo-data";
import { describe, expect, it } from "vitest";
import { iiaGetResponseXml, parseIiaGetResponse } from "../src/ewp";
import { EWP_DIR, IIAS_DIR } from "./ewp-fixtures";

const NOW = "2026-01-01T00:00:00.000Z";
const universe = generateUniverse();
const home = { schac: HOME_INSTITUTION.schacCode, erasmusCode: HOME_INSTITUTION.erasmusCode, name: HOME_INSTITUTION.nameFr };
const partners = new Map(
  universe.partners.map((p): [string, Partner] => [
    p.id,
    { id: p.id, name: p.name, nameLatin: p.nameLatin, countryCode: p.countryCode, city: p.city, erasmusCode: p.erasmusCode, schacCode: p.schacCode, website: p.website, faculties: [], contacts: [], networks: p.networks, activeAgreements: 0, version: 1, createdAt: NOW, updatedAt: NOW },
  ]),
);
/** The demo universe's Erasmus+ agreements in the contract's shape (outgoing = sending; staff days become months at 30 a month). */
const iias: Agreement[] = universe.agreements
  .filter((a) => a.type === "erasmus-iia")
  .map((a) => {
    const p = partners.get(a.partnerId)!;
    return {
      id: a.id, reference: a.reference, type: "erasmus-iia", title: `Erasmus+ ${p.nameLatin}`, status: "active",
      partnerIds: [p.id], partners: [{ id: p.id, name: p.name, nameLatin: p.nameLatin, countryCode: p.countryCode, erasmusCode: p.erasmusCode }],
      departments: a.departments, startYear: Number(a.startYear.slice(0, 4)), endYear: Number(a.endYear.slice(0, 4)),
      signatories: [], notes: "", previousId: null, nextId: null, version: 1, createdAt: NOW, updatedAt: NOW,
      conditions: a.conditions.map((c, i) => ({
        id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`, direction: c.direction === "outgoing" ? "sending" : "receiving", mobilityType: c.mobilityType, places: c.places,
        totalMonths: c.monthsPerYear ?? (c.daysPerYear === null ? null : Math.round((c.daysPerYear / 30) * 100) / 100),
        iscedCodes: c.iscedCodes, eqfLevels: c.eqfLevels, languages: c.languageRequirements, contacts: [],
      })),
    };
  });

describe("EWP export of the whole demo universe", () => {
  it("has Erasmus+ agreements to export", () => {
    expect(iias.length).toBeGreaterThan(20);
  });

  it("every demo Erasmus+ agreement exports to a document the official schema accepts", () => {
    const dir = mkdtempSync(join(tmpdir(), "ewp-demo-"));
    const files = iias.map((a, i) => {
      const file = join(dir, `iia-${i}.xml`);
      writeFileSync(file, iiaGetResponseXml({ agreement: a, partners: [partners.get(a.partnerIds[0]!)!], home }));
      return file;
    });
    const run = spawnSync("xmllint", ["--noout", "--nonet", "--schema", join(IIAS_DIR, "endpoints/get-response.xsd"), ...files], {
      env: { ...process.env, XML_CATALOG_FILES: join(EWP_DIR, "catalog.xml") },
      encoding: "utf8",
    });
    expect(run.stderr.split("\n").filter((l) => l && !l.endsWith(" validates")).slice(0, 5)).toEqual([]);
    expect(run.status).toBe(0);
  });

  it("every export reads back, from the partner's side, with each condition that has places", () => {
    for (const a of iias) {
      const partner = partners.get(a.partnerIds[0]!)!;
      const xml = iiaGetResponseXml({ agreement: a, partners: [partner], home });
      const { iias: read, ignored } = parseIiaGetResponse(xml, partner.schacCode!, { knownPartner: () => ({ countryCode: "FR", city: "Paris" }) });
      expect(ignored.filter((l) => /not imported|does not match/.test(l))).toEqual([]);
      const seenByPartner = { sending: "receiving", receiving: "sending" } as const;
      const key = (c: { direction: string; mobilityType: string; places: number; iscedCodes?: string[] }) => `${c.direction} ${c.mobilityType} ${c.places} ${(c.iscedCodes ?? []).filter((i) => i.length === 4).join(",")}`;
      const expected = a.conditions.filter((c) => c.places > 0).map((c) => key({ ...c, direction: seenByPartner[c.direction] }));
      expect(read[0]!.agreement.conditions!.map((c) => key(c)).sort()).toEqual(expected.sort());
      expect([read[0]!.agreement.startYear, read[0]!.agreement.endYear]).toEqual([a.startYear, a.endYear]);
    }
  });
});
