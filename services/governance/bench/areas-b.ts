/**
 * `pnpm bench` (governance, areas B): the mission list and export, the scholarship ranking and the programme list at
 * 10k+ rows (the demo seed, copied), through HTTP in-process, on PGlite or on DATABASE_URL's PostgreSQL (a fresh test
 * database). Prints p50/p95 per route. Never fails on a timing: figures are for the report.
 */
import { createTestDatabase, createTestSigner, principalFor } from "@orbis/test-kit";
import { sql } from "drizzle-orm";
import { buildApp } from "../src/app";
import { createAnalyticsClient } from "../src/clients/analytics";
import { createIdentityClient } from "../src/clients/identity";
import { GOVERNANCE_DATABASE } from "../src/db/database";
import { seedDemo } from "../src/seed/demo";
import { createAgreementsClient } from "@orbis/service-kit";

process.env.LOG_LEVEL = "silent";
if (process.env.DATABASE_URL && !process.env.TEST_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.DATABASE_URL;
const runs = 30;
const print = (line: string) => process.stdout.write(`${line}\n`);
const rows = async (db: typeof database.db, query: ReturnType<typeof sql>) => ((await db.execute(query)) as unknown as { rows: Array<{ n: number; id: string }> }).rows;

const database = await createTestDatabase(GOVERNANCE_DATABASE);
try {
  const started = performance.now();
  await seedDemo(database.db);
  const db = database.db;
  // Missions copied to 20k+ keeping years, departments and statuses; one call grown to 2,000 candidates with 2 sheets each.
  await db.execute(sql`insert into governance.missions (requester_email, requester_name, department, destination_city, destination_country, purpose,
      start_date, end_date, year, cost_lines, total_cents, status, decided_by, decided_at, reimbursed_cents, reimbursed_on)
    select 'c' || k || '.' || requester_email, requester_name, department, destination_city, destination_country, purpose, start_date, end_date, year,
      cost_lines, total_cents, status, decided_by, decided_at, reimbursed_cents, reimbursed_on
    from governance.missions cross join generate_series(1, 120) k`);
  const [call] = await rows(db, sql`select id from governance.scholarship_calls where status = 'open' limit 1`);
  await db.execute(sql`insert into governance.scholarship_candidates (call_id, name, email, nationality, programme_of_study)
    select ${call!.id}, 'Candidate ' || k, 'cand' || k || '@example.org', 'IN', 'Master' from generate_series(1, 2000) k`);
  await db.execute(sql`insert into governance.scholarship_scores (candidate_id, member, marks)
    select c.id, m.member, jsonb_build_object('academic', (k % 20), 'project', ((k * 7) % 20), 'language', ((k * 3) % 20))
    from (select id, row_number() over () as k from governance.scholarship_candidates where call_id = ${call!.id} and email like 'cand%') c
    cross join (values ('vp@orbis.test'), ('incoming@orbis.test')) m(member)`);
  await db.execute(sql`analyze`);
  const [missions] = await rows(db, sql`select count(*)::int as n from governance.missions`);
  print(`seeded ${missions!.n} missions, 2000 candidates on ${database.kind} in ${Math.round(performance.now() - started)} ms`);

  const signer = await createTestSigner();
  const token = async () => "unused";
  const service = buildApp({
    database,
    verifier: signer.verifier,
    agreements: createAgreementsClient({ baseUrl: "http://127.0.0.1:9", token }),
    analytics: createAnalyticsClient({ baseUrl: "http://127.0.0.1:9", token, fetch: async () => new Response("", { status: 404 }) }),
    identity: createIdentityClient({ baseUrl: "http://127.0.0.1:9", token }),
  });
  const tokens = { vp: await signer.sign(principalFor("leadership")), coordinator: await signer.sign(principalFor("coordinator", ["CHINESE"])) };
  const queries: Array<[string, string, keyof typeof tokens]> = [
    ["missions, first page", "/missions", "vp"],
    ["missions, year + status", "/missions?year=2024&status=reimbursed", "vp"],
    ["missions, search", "/missions?q=seoul&offset=500", "vp"],
    ["missions, coordinator scope", "/missions", "coordinator"],
    ["missions export CSV (year)", "/missions/export?year=2024", "vp"],
    ["scholarship ranking (2000)", `/scholarships/calls/${call!.id}/candidates`, "vp"],
    ["programmes", "/programmes", "vp"],
    ["rankings exercises", "/rankings", "vp"],
  ];
  for (const [label, path, who] of queries) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const response = await service.root.request(`/api/governance${path}`, { headers: { authorization: `Bearer ${tokens[who]}` } });
      await response.arrayBuffer();
      times.push(performance.now() - t0);
      if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}`);
    }
    times.sort((a, b) => a - b);
    print(`${label.padEnd(30)} p50=${times[Math.floor(runs * 0.5)]!.toFixed(1).padStart(7)} ms  p95=${times[Math.floor(runs * 0.95)]!.toFixed(1).padStart(7)} ms`);
  }
} finally {
  await database.close();
}
