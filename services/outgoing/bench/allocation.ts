/**
 * `pnpm bench` (outgoing): the allocation of a call with 5,000 applicants in 20 departments and 2,000 places over 200
 * destinations, each applicant with three choices. Measures the pure algorithm and the whole route (POST
 * /calls/{id}/allocation: reads the rankings and applications, allocates, stores the explained run) through HTTP
 * in-process, on PGlite or on DATABASE_URL's PostgreSQL. Prints median and p95; never fails on a timing.
 */
import { randomUUID } from "node:crypto";
import { createTestDatabase, createTestSigner, principalFor } from "@orbis/test-kit";
import { buildApp } from "../src/app";
import { createAgreementsClient } from "../src/clients/agreements";
import { OUTGOING_DATABASE } from "../src/db/database";
import { applications, callDestinations, calls, rankings } from "../src/db/schema/index";
import { allocate, globalOrder, type RankedApplicant } from "../src/domain/allocation";

process.env.LOG_LEVEL = "silent";
if (process.env.DATABASE_URL && !process.env.TEST_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.DATABASE_URL;
const APPLICANTS = 5_000;
const DESTINATIONS = 200;
const PLACES_EACH = 10;
const DEPARTMENTS = Array.from({ length: 20 }, (_, i) => `DEPT${String(i + 1).padStart(2, "0")}`);
const print = (line: string) => process.stdout.write(`${line}\n`);

// A small deterministic generator: the same call every run.
let state = 20261123;
const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;

function stats(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  return `median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} ms, p95 ${sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!.toFixed(1)} ms`;
}

const database = await createTestDatabase(OUTGOING_DATABASE);
try {
  const db = database.db;
  const [call] = await db
    .insert(calls)
    .values({ academicYear: 2027, programme: "BILATERAL", title: "Benchmark call", opensOn: "2026-11-01", closesOn: "2027-01-31", status: "closed", eligibility: { levels: ["L3", "M1"], minGradeAverage: null, languageCertificateRequired: false, minCefr: null } })
    .returning();
  const destinations = Array.from({ length: DESTINATIONS }, (_, i) => ({
    id: randomUUID(),
    callId: call!.id,
    agreementId: randomUUID(),
    conditionId: randomUUID(),
    partnerId: randomUUID(),
    partnerName: `Partner ${i + 1}`,
    partnerCountry: "JP",
    mobilityType: "student-studies",
    eqfLevels: [6, 7],
    iscedCodes: ["0231"],
    places: PLACES_EACH,
    departments: [] as string[],
  }));
  await db.insert(callDestinations).values(destinations);
  // Popular destinations are asked for more often, as in real calls.
  const popular = destinations.slice(0, 40);
  const choose = () => (random() < 0.6 ? pick(popular) : pick(destinations)).id;
  const rows = Array.from({ length: APPLICANTS }, (_, i) => {
    const choices = [...new Set([choose(), choose(), choose()])];
    return {
      id: randomUUID(),
      callId: call!.id,
      studentNumber: `B${String(i).padStart(7, "0")}`,
      firstName: "Student",
      lastName: `Number ${i}`,
      email: `student${i}@etu.orbis.test`,
      department: DEPARTMENTS[i % DEPARTMENTS.length]!,
      level: "L3",
      sex: "F",
      nationality: "FR",
      gradeAverage: 10 + random() * 8,
      choices,
    };
  });
  for (let i = 0; i < rows.length; i += 500) await db.insert(applications).values(rows.slice(i, i + 500));
  for (const department of DEPARTMENTS) {
    const mine = rows.filter((r) => r.department === department);
    await db.insert(rankings).values({
      callId: call!.id,
      department,
      updatedBy: "bench",
      entries: mine.map((r, k) => ({ applicationId: r.id, scores: { academic: Math.round(random() * 20), motivation: Math.round(random() * 20), language: Math.round(random() * 20) }, tieBreak: k + 1 })),
    });
  }
  print(`allocation: ${APPLICANTS} applicants, ${DESTINATIONS * PLACES_EACH} places over ${DESTINATIONS} destinations, on ${database.kind}`);

  // The pure algorithm alone.
  const applicants: RankedApplicant[] = rows.map((r, k) => ({ applicationId: r.id, name: r.lastName, department: r.department, total: Math.round(random() * 60), departmentRank: k + 1, studentNumber: r.studentNumber, choices: r.choices }));
  const places = Object.fromEntries(destinations.map((d) => [d.id, d.places]));
  const pure: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    allocate(globalOrder(applicants), places);
    pure.push(performance.now() - t0);
  }
  print(`  algorithm (order + allocate)     ${stats(pure)}`);

  const signer = await createTestSigner();
  const agreements = createAgreementsClient({ baseUrl: "http://127.0.0.1:9", token: async () => "unused" });
  const service = buildApp({ database, verifier: signer.verifier, agreements });
  const token = await signer.sign(principalFor("outgoing"));
  const route: number[] = [];
  let allocated = 0;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const response = await service.root.request(`/api/outgoing/calls/${call!.id}/allocation`, { method: "POST", headers: { authorization: `Bearer ${token}` } });
    const body = (await response.json()) as { results?: Array<{ destinationId: string | null }> };
    route.push(performance.now() - t0);
    if (response.status !== 200 && response.status !== 201) throw new Error(`allocation: HTTP ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
    allocated = (body.results ?? []).filter((r) => r.destinationId).length;
  }
  print(`  POST /calls/{id}/allocation      ${stats(route)} (${allocated} students placed)`);
} finally {
  await database.close();
}
