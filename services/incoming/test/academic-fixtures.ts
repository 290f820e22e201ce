import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { count } from "drizzle-orm";
import { audit, students } from "../src/db/schema/index";
import type { Harness } from "./harness";

let counter = 0;

/** An incoming stay inserted directly (admission belongs to another area). */
export async function insertStudent(h: Harness, department: string, overrides: Partial<typeof students.$inferInsert> = {}) {
  counter += 1;
  const [row] = await h.db
    .insert(students)
    .values({
      kind: "exchange",
      status: "enrolled",
      firstName: "Lena",
      lastName: `Wagner${counter}`,
      email: `lena.wagner${counter}@uni-teststadt.de`,
      sex: "F",
      birthDate: "2003-04-12",
      nationality: "DE",
      homeInstitutionName: "University of Teststadt",
      homeCountry: "DE",
      programme: "KA131",
      academicYear: 2026,
      period: "autumn",
      department,
      level: "L3",
      eqfLevel: 6,
      iscedCode: "0231",
      plannedArrival: "2026-09-01",
      plannedDeparture: "2027-01-31",
      studentNumber: `2600${String(counter).padStart(4, "0")}`,
      ...overrides,
    })
    .returning();
  return row!;
}

/** A course created through the API by the office. */
export async function createCourse(h: Harness, department: string, overrides: Record<string, unknown> = {}) {
  counter += 1;
  const created = await h.call("POST", "/courses", {
    token: await h.tokenFor("incoming"),
    body: {
      code: `${department.slice(0, 3)}-${100 + counter}`,
      titleFr: `Grammaire ${counter}`,
      titleEn: `Grammar ${counter}`,
      titleEs: `Gramática ${counter}`,
      department,
      semester: "S1",
      credits: 6,
      iscedCode: "0231",
      level: "L3",
      ...overrides,
    },
  });
  if (created.status !== 201) throw new Error(`course not created: ${JSON.stringify(created.json)}`);
  return created.json as { id: string; code: string; version: number; department: string; credits: number };
}

/** A course added to the student's agreement and approved by the office; returns the line. */
export async function approvedCourse(h: Harness, studentId: string, courseId: string) {
  const token = await h.tokenFor("incoming");
  const added = await h.call("POST", `/students/${studentId}/courses`, { token, body: { courseId } });
  if (added.status !== 201) throw new Error(`course not added: ${JSON.stringify(added.json)}`);
  const decided = await h.call("POST", `/student-courses/${added.json.id}/decision`, { token, body: { version: 1, decision: "approved" } });
  return decided.json as { id: string; version: number };
}

export const auditCount = async (h: Harness) => (await h.db.select({ n: count() }).from(audit))[0]!.n;

/** xmllint against the official EWP imobility-tors get-response schema, offline through the catalog. */
export function validateTorXml(xml: string): { ok: boolean; output: string } {
  const dir = mkdtempSync(join(tmpdir(), "ewp-tor-"));
  const file = join(dir, "tor.xml");
  writeFileSync(file, xml);
  const run = spawnSync("xmllint", ["--noout", "--nonet", "--schema", "/work/shared/ewp/ewp-specs-api-imobility-tors/endpoints/get-response.xsd", file], {
    env: { ...process.env, XML_CATALOG_FILES: "/work/shared/ewp/catalog.xml" },
    encoding: "utf8",
  });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}
