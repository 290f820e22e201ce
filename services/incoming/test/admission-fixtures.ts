import { REQUIRED_DOCUMENTS, type IncomingKind } from "@orbis/contracts/incoming";
import { pdfText } from "@orbis/documents";
import { count } from "drizzle-orm";
import { admissionDecisions, audit, difficultyNotes, registrationSteps, studentDocuments, studentNumbers, students } from "../src/db/schema/index";
import type { Harness } from "./harness";

let counter = 0;

/** A nomination for an exchange student under the seeded agreement (or a free mover when no place is given). */
export function nominationBody(place: { partnerId: string; agreementId: string; conditionId: string } | null, overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    firstName: "Lena",
    lastName: `Wagner${counter}`,
    email: `lena.wagner${counter}@uni-teststadt.de`,
    sex: "F",
    birthDate: "2003-04-12",
    nationality: "DE",
    ...(place ? { ...place, programme: "KA131" } : { programme: "FREE_MOVER", homeInstitutionName: "University of Lagos", homeCountry: "NG" }),
    academicYear: 2026,
    period: "autumn",
    department: "CHINESE",
    level: "L3",
    iscedCode: "0231",
    plannedArrival: "2026-09-01",
    plannedDeparture: "2027-01-31",
    ...overrides,
  };
}

/** Row counts of every table this pole writes: tests check bad requests leave them unchanged. */
export async function tableCounts(h: Harness) {
  const tables = { students, audit, studentDocuments, admissionDecisions, registrationSteps, studentNumbers, difficultyNotes };
  const entries = await Promise.all(Object.entries(tables).map(async ([name, table]) => [name, (await h.db.select({ n: count() }).from(table))[0]!.n] as const));
  return Object.fromEntries(entries);
}

/** Creates a free mover through the API and admits them; returns the student as the API answers. */
export async function admittedStudent(h: Harness, overrides: Record<string, unknown> = {}) {
  const token = await h.tokenFor("incoming");
  const created = await h.call("POST", "/students", { token, body: nominationBody(null, overrides) });
  if (created.status !== 201) throw new Error(JSON.stringify(created.json));
  const applied = await completeFile(h, created.json);
  const admitted = await h.call("POST", `/students/${created.json.id}/decision`, { token, body: { version: applied.version, decision: "admit" } });
  if (admitted.status !== 200) throw new Error(JSON.stringify(admitted.json));
  return admitted.json as { id: string; version: number; department: string; lastName: string; status: string };
}

/** Uploads the documents a complete file needs and marks it complete (nominated -> applied). */
export async function completeFile(h: Harness, student: { id: string; version: number; kind: IncomingKind }) {
  const token = await h.tokenFor("incoming");
  for (const kind of REQUIRED_DOCUMENTS[student.kind]) {
    const stored = await upload(h, `/students/${student.id}/documents`, token, { bytes: PDF_BYTES, name: `${kind}.pdf` }, { kind });
    if (stored.status !== 201) throw new Error(JSON.stringify(stored.json));
  }
  const applied = await h.call("POST", `/students/${student.id}/file-complete`, { token, body: { version: student.version } });
  if (applied.status !== 200) throw new Error(JSON.stringify(applied.json));
  return applied.json as { id: string; version: number; status: string };
}

/** The text drawn in a PDF answer, or the problem when it is not one. */
export async function pdfOf(h: Harness, path: string, token: string) {
  const response = await h.request(path, { headers: { authorization: `Bearer ${token}` } });
  if (response.headers.get("content-type") !== "application/pdf") return { status: response.status, text: await response.text() };
  return { status: response.status, text: (await pdfText(new Uint8Array(await response.arrayBuffer()))).join("\n") };
}

export const PDF_BYTES = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

export async function upload(h: Harness, path: string, token: string, file: { bytes: Uint8Array; name: string }, fields: Record<string, string> = {}) {
  const form = new FormData();
  form.set("file", new File([file.bytes as Uint8Array<ArrayBuffer>], file.name));
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  const response = await h.request(path, { method: "POST", body: form, headers: { authorization: `Bearer ${token}` } });
  const text = await response.text();
  return { status: response.status, json: text && (response.headers.get("content-type") ?? "").includes("json") ? JSON.parse(text) : text };
}
