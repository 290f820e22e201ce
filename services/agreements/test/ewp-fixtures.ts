import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Agreement, Condition, Partner } from "@orbis/contracts/agreements";

export const EWP_DIR = "/work/shared/ewp";
export const IIAS_DIR = join(EWP_DIR, "ewp-specs-api-iias");
export const HOME = { schac: "orbis.test", erasmusCode: "F  PARIS270", name: "Institut des langues et civilisations du monde" };

const NOW = "2026-01-15T10:00:00.000Z";
export const PARTNER_ID = "5b0c4f3e-8a1d-4c2b-9f6e-1d2c3b4a5e6f";

export function partner(overrides: Partial<Partner> = {}): Partner {
  return {
    id: PARTNER_ID,
    name: "Uniwersytet Warszawski",
    nameLatin: "University of Warsaw",
    countryCode: "PL",
    city: "Warszawa",
    erasmusCode: "PL WARSZAW01",
    schacCode: "uw.edu.pl",
    website: "https://www.uw.edu.pl",
    faculties: [],
    contacts: [{ role: "International office", name: "Anna Kowalska", email: "anna.kowalska@uw.edu.pl", phone: "+48 22 552 00 00" }],
    networks: [],
    activeAgreements: 1,
    version: 1,
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

let conditionCounter = 0;
export function condition(overrides: Partial<Condition> = {}): Condition & { id: string } {
  conditionCounter += 1;
  return {
    id: `9e1b2c3d-4e5f-4a6b-8c7d-${String(conditionCounter).padStart(12, "0")}`,
    direction: "sending",
    mobilityType: "student-studies",
    places: 2,
    totalMonths: 10,
    iscedCodes: ["0231"],
    eqfLevels: [6, 7],
    languages: [{ language: "en", cefr: "B2" }],
    contacts: [],
    ...overrides,
  };
}

export function agreement(overrides: Partial<Agreement> = {}): Agreement {
  const p = partner();
  return {
    id: "7f3e2d1c-0b9a-4876-9543-210fedcba987",
    reference: "IIA-2024-0042",
    type: "erasmus-iia",
    title: "Erasmus+ Warsaw",
    status: "active",
    partnerIds: [p.id],
    partners: [{ id: p.id, name: p.name, nameLatin: p.nameLatin, countryCode: p.countryCode, erasmusCode: p.erasmusCode }],
    departments: ["LANG"],
    startYear: 2024,
    endYear: 2028,
    signatories: [
      { side: "home", name: "Marie Dupont", role: "Présidente", signedOn: "2024-03-01" },
      { side: "partner", name: "Jan Nowak", role: "Rector", signedOn: "2024-03-10" },
    ],
    notes: "",
    conditions: [condition()],
    previousId: null,
    nextId: null,
    version: 1,
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

/** Runs xmllint against the official IIAs v7 get-response schema, offline; returns its exit code and messages. */
export function validateIiaXml(xml: string): { ok: boolean; output: string } {
  const dir = mkdtempSync(join(tmpdir(), "ewp-"));
  const file = join(dir, "iia.xml");
  writeFileSync(file, xml);
  const run = spawnSync("xmllint", ["--noout", "--nonet", "--schema", join(IIAS_DIR, "endpoints/get-response.xsd"), file], {
    env: { ...process.env, XML_CATALOG_FILES: join(EWP_DIR, "catalog.xml") },
    encoding: "utf8",
  });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}
