import { count } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { audit } from "../src/db/schema/index";
import { seedAgreement, type Harness } from "./harness";

/** A KA131 call for 2026 open to bachelor and master students, with a minimum average of 10/20. */
export const callBody = (overrides: Record<string, unknown> = {}) => ({
  academicYear: 2026,
  programme: "KA131",
  title: "Erasmus+ études 2026-2027",
  opensOn: "2025-11-01",
  closesOn: "2026-01-31",
  eligibility: { levels: ["L2", "L3", "M1"], minGradeAverage: 10, languageCertificateRequired: false, minCefr: null },
  requiredDocuments: [],
  ...overrides,
});

export async function createCall(h: Harness, overrides: Record<string, unknown> = {}) {
  const created = await h.call("POST", "/calls", { token: await h.tokenFor("outgoing"), body: callBody(overrides) });
  if (created.status !== 201) throw new Error(`call not created: ${JSON.stringify(created.json)}`);
  return created.json as { id: string; version: number; status: string };
}

/** The call's destinations after a sync, keyed by agreement id. */
export async function syncDestinations(h: Harness, callId: string) {
  const synced = await h.call("POST", `/calls/${callId}/destinations/sync`, { token: await h.tokenFor("outgoing") });
  if (synced.status !== 200) throw new Error(`sync failed: ${JSON.stringify(synced.json)}`);
  return synced.json.items as Array<{ id: string; agreementId: string; conditionId: string; partnerId: string; places: number }>;
}

let studentCounter = 0;
export const applicationBody = (overrides: Record<string, unknown> = {}) => {
  studentCounter += 1;
  return {
    studentNumber: `22${String(studentCounter).padStart(6, "0")}`,
    firstName: "Camille",
    lastName: `Martin${studentCounter}`,
    email: `camille.martin${studentCounter}@etu.orbis.test`,
    department: "LAW",
    level: "L3",
    sex: "F",
    nationality: "FR",
    gradeAverage: 14.5,
    languageCertificate: { language: "de", cefr: "B2" },
    choices: [],
    ...overrides,
  };
};

export async function createApplication(h: Harness, callId: string, overrides: Record<string, unknown> = {}) {
  const created = await h.call("POST", `/calls/${callId}/applications`, { token: await h.tokenFor("outgoing"), body: applicationBody(overrides) });
  if (created.status !== 201) throw new Error(`application not created: ${JSON.stringify(created.json)}`);
  return created.json as { id: string; version: number; studentNumber: string; lastName: string; department: string };
}

/** Row counts of the tables a test checks are unchanged by a refused request. */
export async function counts(h: Harness, ...tables: PgTable[]) {
  const all = [...tables, audit];
  return Promise.all(all.map(async (t) => (await h.db.select({ n: count() }).from(t))[0]!.n));
}

/**
 * A published call over one agreement with `places` sending places (all departments): one LAW applicant per
 * name, ranked in the order given, allocated and published. Returns the ids needed to nominate.
 */
export async function publishedCall(h: Harness, names: string[], places: number) {
  const token = await h.tokenFor("outgoing");
  const seeded = await seedAgreement(h, { places, departments: [] });
  const call = await createCall(h);
  const destination = (await syncDestinations(h, call.id)).find((d) => d.agreementId === seeded.agreementId)!;
  const applicants = [];
  for (const lastName of names) applicants.push(await createApplication(h, call.id, { lastName, choices: [destination.id] }));
  const opened = await h.call("POST", `/calls/${call.id}/status`, { token, body: { version: 1, status: "open" } });
  const entries = applicants.map((a, i) => ({ applicationId: a.id, scores: { academic: 20 - i, motivation: 10, language: 10 }, tieBreak: i + 1 }));
  await h.call("PUT", `/calls/${call.id}/rankings/LAW`, { token, body: { version: 0, entries } });
  await h.call("POST", `/calls/${call.id}/status`, { token, body: { version: opened.json.version, status: "closed" } });
  const run = await h.call("POST", `/calls/${call.id}/allocation`, { token });
  const published = await h.call("POST", `/calls/${call.id}/allocation/publish`, { token, body: { runId: run.json.id } });
  if (published.status !== 200) throw new Error(`not published: ${JSON.stringify(published.json)}`);
  return { ...seeded, callId: call.id, destinationId: destination.id, applicants };
}
