/**
 * `pnpm bench` (governance): the main list routes with 10,000+ rows each (the ten-year demo seed, its follow-up
 * actions, delegations and membership fees copied with fresh ids), through HTTP in-process, on PGlite or on
 * DATABASE_URL's PostgreSQL (a fresh test database). Prints p50/p95 per route; never fails on a timing.
 */
import { createTestDatabase, createTestSigner, principalFor } from "@orbis/test-kit";
import { createAgreementsClient } from "@orbis/service-kit";
import { sql } from "drizzle-orm";
import { buildApp } from "../src/app";
import { createAnalyticsClient } from "../src/clients/analytics";
import { createIdentityClient } from "../src/clients/identity";
import { GOVERNANCE_DATABASE } from "../src/db/database";
import { seedDemo } from "../src/seed/demo";

process.env.LOG_LEVEL = "silent";
if (process.env.DATABASE_URL && !process.env.TEST_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.DATABASE_URL;
const runs = 30;
const print = (line: string) => process.stdout.write(`${line}\n`);

const database = await createTestDatabase(GOVERNANCE_DATABASE);
try {
  const started = performance.now();
  await seedDemo(database.db);
  // Copies keep the seeded distributions (dates, statuses, owners) under fresh ids.
  await database.db.execute(sql`
    insert into governance.follow_up_actions (id, meeting_id, decision_id, title, owner, due_on, status, notes)
    select gen_random_uuid(), a.meeting_id, a.decision_id, a.title || ' #' || k, a.owner, a.due_on - (k % 400), a.status, a.notes
    from governance.follow_up_actions a cross join generate_series(1, 250) k`);
  await database.db.execute(sql`
    insert into governance.delegations (id, direction, institution, country_code, partner_id, starts_on, ends_on, status, programme, participants, follow_up, agreement_ids)
    select gen_random_uuid(), d.direction, d.institution, d.country_code, d.partner_id, d.starts_on - (k % 300), d.ends_on - (k % 300), d.status, d.programme, d.participants, d.follow_up, d.agreement_ids
    from governance.delegations d cross join generate_series(1, 200) k`);
  await database.db.execute(sql`analyze`);
  const counts = (await database.db.execute(
    sql`select (select count(*)::int from governance.follow_up_actions) as actions, (select count(*)::int from governance.delegations) as delegations`,
  )) as unknown as { rows: Array<{ actions: number; delegations: number }> };
  print(`seeded ${JSON.stringify(counts.rows[0])} on ${database.kind} in ${Math.round(performance.now() - started)} ms`);

  const signer = await createTestSigner();
  const unused = async () => "unused";
  const service = buildApp({
    database,
    verifier: signer.verifier,
    agreements: createAgreementsClient({ baseUrl: "http://127.0.0.1:9", token: unused }),
    analytics: createAnalyticsClient({ baseUrl: "http://127.0.0.1:9", token: unused }),
    identity: createIdentityClient({ baseUrl: "http://127.0.0.1:9", token: unused }),
    now: () => new Date("2026-11-23T10:00:00Z"),
  });
  const token = await signer.sign(principalFor("leadership"));
  const queries: Array<[string, string]> = [
    ["actions, first page by due date", "/actions"],
    ["overdue actions", "/actions?overdue=true"],
    ["actions of one owner", "/actions?owner=accords&status=done"],
    ["delegations, first page", "/delegations"],
    ["delegations of a year, incoming", "/delegations?year=2023&direction=incoming"],
    ["delegations, search + deep page", "/delegations?q=univ&offset=5000&limit=50"],
    ["meetings of a year", "/meetings?year=2024"],
    ["home overview (counts + alerts)", "/overview"],
  ];
  for (const [label, path] of queries) {
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const response = await service.root.request(`/api/governance${path}`, { headers: { authorization: `Bearer ${token}` } });
      const body = (await response.json()) as { total?: number };
      times.push(performance.now() - t0);
      total = body.total ?? 0;
    }
    times.sort((a, b) => a - b);
    const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
    print(`${label.padEnd(36)} total=${String(total).padStart(6)}  p50=${p(0.5)} ms  p95=${p(0.95)} ms`);
  }
} finally {
  await database.close();
}
