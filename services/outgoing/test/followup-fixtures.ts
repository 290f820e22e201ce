import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { audit } from "../src/db/schema/index";
import type { Harness } from "./harness";

/** The tests' clock: 23 November 2026, academic year 2026-2027. */
export const NOW = new Date("2026-11-23T10:00:00Z");

let counter = 0;
/** A mobility body for POST /mobilities, a new student number each time. */
export function mobilityBody(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    studentNumber: `31${String(counter).padStart(6, "0")}`,
    firstName: "Camille",
    lastName: `Martin${counter}`,
    email: `camille.martin${counter}@etu.orbis.test`,
    department: "CHINESE",
    level: "L3",
    sex: "F",
    nationality: "FR",
    programme: "BILATERAL",
    mobilityType: "student-studies",
    academicYear: 2026,
    hostName: "Universität Teststadt",
    hostCountry: "DE",
    hostCity: "Teststadt",
    eqfLevel: 6,
    iscedCode: "0231",
    plannedStart: "2027-01-15",
    plannedEnd: "2027-06-30",
    ...overrides,
  };
}

export async function createMobility(h: Harness, overrides: Record<string, unknown> = {}) {
  const created = await h.call("POST", "/mobilities", { token: await h.tokenFor("outgoing"), body: mobilityBody(overrides) });
  if (created.status !== 201) throw new Error(`create mobility: ${created.status} ${JSON.stringify(created.json)}`);
  return created.json as { id: string; version: number; status: string; studentNumber: string; department: string };
}

/** Audit rows about one entity: writes that were refused must leave none. */
export const auditCount = async (h: Harness, entityId: string) => (await h.db.select().from(audit).where(eq(audit.entityId, entityId))).length;

export const contact = (given: string, family: string) => ({ givenNames: given, familyName: family, email: `${given.toLowerCase()}.${family.toLowerCase()}@example.org` });

export function laContent(overrides: Record<string, unknown> = {}) {
  return {
    tableA: [
      { code: "GER-101", title: "Deutsche Literatur & Gesellschaft", semester: "S2", credits: 6 },
      { code: null, title: "Übersetzung <Chinesisch>", semester: "S2", credits: 4.5 },
    ],
    tableB: [{ code: "CHI-3A", title: "Traduction chinois-allemand", semester: "S2", credits: 10.5 }],
    language: { language: "de", cefr: "B2" },
    sendingContact: contact("Claire", "Dupont"),
    receivingContact: contact("Jan", "Kowalski"),
    ...overrides,
  };
}

export const signer = (name: string, position: string) => ({ name, position, email: `${name.split(" ")[0]!.toLowerCase()}@example.org` });

/** Runs xmllint against the official omobility-las v1 get-response schema, offline (the EWP catalog maps the imports). */
export function validateLaXml(xml: string): { ok: boolean; output: string } {
  const dir = mkdtempSync(join(tmpdir(), "ewp-la-"));
  const file = join(dir, "la.xml");
  writeFileSync(file, xml);
  const run = spawnSync("xmllint", ["--noout", "--nonet", "--schema", "/work/shared/ewp/ewp-specs-api-omobility-las/endpoints/get-response.xsd", file], {
    env: { ...process.env, XML_CATALOG_FILES: "/work/shared/ewp/catalog.xml" },
    encoding: "utf8",
  });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}
