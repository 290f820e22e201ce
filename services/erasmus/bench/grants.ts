/**
 * `pnpm bench` (erasmus): grant recalculation of 20,000 mobilities (the pure engine, then POST /grants/recalculate
 * after a change of rates: reads, recomputes, writes the changed grants and their history), and the grants list at
 * 20,000 rows (GET /grants, pages and searches), through HTTP in-process on PGlite or DATABASE_URL's PostgreSQL.
 * Prints median and p95; never fails on a timing.
 */
import { createTestDatabase, createTestSigner, principalFor, timed } from "@orbis/test-kit";
import type { StudentGrantInput } from "@orbis/contracts/erasmus";
import { buildApp } from "../src/app";
import { createOutgoingClient } from "../src/clients/outgoing";
import { ERASMUS_DATABASE } from "../src/db/database";
import { grants, projects, rateTables } from "../src/db/schema/index";
import { defaultRates } from "../src/domain/grants/default-rates";
import { computeGrant } from "../src/domain/grants/engine";

process.env.LOG_LEVEL = "silent";
if (process.env.DATABASE_URL && !process.env.TEST_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.DATABASE_URL;
const MOBILITIES = Number(process.env.BENCH_MOBILITIES ?? 20_000);
const print = (line: string) => process.stdout.write(`${line}\n`);
let state = 20261123;
const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;

const rates = defaultRates(2026);
const COUNTRIES = ["DE", "ES", "IT", "PL", "SE", "PT", "RO", "BE"];
const inputs: StudentGrantInput[] = Array.from({ length: MOBILITIES }, () => {
  const start = new Date(Date.UTC(2026, 8, 1 + Math.floor(random() * 30)));
  const end = new Date(start.getTime() + (60 + Math.floor(random() * 240)) * 86_400_000);
  return {
    kind: "student",
    action: "KA131",
    callYear: 2026,
    activity: random() < 0.2 ? "traineeship" : "studies",
    shortTerm: false,
    start: start.toISOString().slice(0, 10),
    end: end.toISOString().slice(0, 10),
    countryCode: pick(COUNTRIES),
    fewerOpportunities: random() < 0.13,
    distanceBand: pick(["500-1999", "100-499", "2000-2999"] as const),
    greenTravel: random() < 0.2,
    travelDays: 2,
    interruptions: [],
    zeroGrantPeriods: [],
  };
});

print(`engine, ${MOBILITIES} grants: ${await timed(5, () => inputs.map((i) => computeGrant(i, rates)))}`);

const database = await createTestDatabase(ERASMUS_DATABASE);
try {
  const db = database.db;
  const signer = await createTestSigner();
  const outgoing = createOutgoingClient({ baseUrl: "http://outgoing.invalid", token: async () => "", fetch: () => Promise.reject(new Error("not used")) });
  const service = buildApp({ database, verifier: signer.verifier, outgoing });
  const token = await signer.sign(principalFor("erasmus"));
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await service.root.request(`/api/erasmus${path}`, { method, headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, ...(body ? { body: JSON.stringify(body) } : {}) });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res;
  };

  await db.insert(rateTables).values({ callYear: 2026, rates });
  const [project] = await db
    .insert(projects)
    .values({ action: "KA131", callYear: 2026, grantAgreementNumber: "2026-1-FR01-KA131-HED-000999999", title: "Bench", startDate: "2026-06-01", endDate: "2028-07-31", budgetIndividualCents: 1e10, budgetTravelCents: 1e9, budgetInclusionCents: 0, budgetOrganisationalCents: 1e9 })
    .returning();
  const started = performance.now();
  for (let i = 0; i < inputs.length; i += 1000) {
    await db.insert(grants).values(
      inputs.slice(i, i + 1000).map((input, j) => {
        const result = computeGrant(input, rates);
        const n = i + j;
        return { source: "student", mobilityId: crypto.randomUUID(), projectId: project!.id, participantName: `PARTICIPANT${String(n).padStart(5, "0")} Camille`, participantRef: `21${String(n).padStart(6, "0")}`, department: "CHINESE", academicYear: 2026, countryCode: input.countryCode, hostName: `Universität ${n % 300}`, mobilityStatus: "planned", snapshot: {}, input, result, totalCents: result.totalCents };
      }),
    );
  }
  print(`loaded ${MOBILITIES} grants in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  let monthly = rates.studentMonthly.G1;
  const recalc = await timed(3, async () => {
    monthly += 1_000;
    const put = await call("PUT", "/rates/2026", { ...rates, callYear: undefined, studentMonthly: { ...rates.studentMonthly, G1: monthly, G2: monthly - 6_000, G3: monthly - 11_000 }, version: ((await (await call("GET", "/rates/2026")).json()) as { version: number }).version });
    if (put.status !== 200) throw new Error(`rates ${put.status}`);
    const res = await call("POST", "/grants/recalculate", { callYear: 2026 });
    const body = (await res.json()) as { changed: number };
    if (body.changed !== MOBILITIES) throw new Error(`expected every grant to change, got ${body.changed}`);
  });
  print(`POST /grants/recalculate after a change of rates, ${MOBILITIES} grants changed: ${recalc}`);
  print(`GET /grants?limit=50 (first page): ${await timed(20, () => call("GET", "/grants?limit=50"))}`);
  print(`GET /grants?limit=50&offset=19000: ${await timed(20, () => call("GET", "/grants?limit=50&offset=19000"))}`);
  print(`GET /grants?q=PARTICIPANT1234: ${await timed(20, () => call("GET", "/grants?q=PARTICIPANT1234&limit=50"))}`);
  print(`GET /projects/{id}/budget (${MOBILITIES} grants): ${await timed(5, () => call("GET", `/projects/${project!.id}/budget`))}`);
} finally {
  await database.close();
}
