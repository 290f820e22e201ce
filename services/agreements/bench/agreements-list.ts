/**
 * `pnpm bench`: the agreement list with filters and search on about 10,000 agreements (the demo universe at scale
 * 10, about 2,500 agreements, copied three times onto later years), through HTTP in-process, on PGlite or on
 * DATABASE_URL's PostgreSQL (a fresh test database). Prints p50/p95 per query; fails when a p95 goes above
 * ORBIS_BENCH_P95_MS (default 500).
 */
import { createTestDatabase, createTestSigner, principalFor } from "@orbis/test-kit";
import { buildApp } from "../src/app";
import { MIGRATIONS_FOLDER, SCHEMA_NAME } from "../src/db/database";
import { sql } from "drizzle-orm";
import { schema } from "../src/db/schema";
import { demoAgreementsData, seedDemo } from "../src/seed/demo";

process.env.LOG_LEVEL = "silent";
if (process.env.DATABASE_URL && !process.env.TEST_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.DATABASE_URL;
const scale = 10;
const copies = Number(process.env.ORBIS_BENCH_COPIES ?? 3);
const limitMs = Number(process.env.ORBIS_BENCH_P95_MS ?? 500);
const runs = 30;
const print = (line: string) => process.stdout.write(`${line}\n`);

const database = await createTestDatabase({ schemaName: SCHEMA_NAME, migrationsFolder: MIGRATIONS_FOLDER, schema });
try {
  const data = demoAgreementsData(scale);
  const seedStarted = performance.now();
  const seeded = await seedDemo(database.db, data);
  for (let k = 1; k <= copies; k++) {
    await database.db.execute(sql`
      with source as materialized (
        select id, gen_random_uuid() as copy_id from agreements.agreements where reference !~ '-C[0-9]+$'
      ), copied as (
        insert into agreements.agreements (id, reference, type, title, status, start_year, end_year, departments, signatories, notes)
        select s.copy_id, a.reference || ${`-C${k}`}, a.type, a.title, a.status, a.start_year + ${k}, a.end_year + ${k}, a.departments, a.signatories, a.notes
        from source s join agreements.agreements a on a.id = s.id
        returning id
      ), copied_partners as (
        insert into agreements.agreement_partners (agreement_id, partner_id, position)
        select s.copy_id, ap.partner_id, ap.position from source s join agreements.agreement_partners ap on ap.agreement_id = s.id
      )
      insert into agreements.conditions (agreement_id, position, direction, mobility_type, places, total_months, isced_codes, eqf_levels, languages, contacts)
      select s.copy_id, c.position, c.direction, c.mobility_type, c.places, c.total_months, c.isced_codes, c.eqf_levels, c.languages, c.contacts
      from source s join agreements.conditions c on c.agreement_id = s.id`);
  }
  await database.db.execute(sql`analyze`);
  seeded.agreements *= copies + 1;
  print(`seeded ${seeded.agreements} agreements, ${seeded.partners} partners on ${database.kind} in ${Math.round(performance.now() - seedStarted)} ms`);
  const signer = await createTestSigner();
  const service = buildApp({ database, verifier: signer.verifier });
  const tokens = { agreements: await signer.sign(principalFor("agreements")), coordinator: await signer.sign(principalFor("coordinator", ["CHINESE"])) };
  const queries: Array<[string, string, keyof typeof tokens]> = [
    ["first page, default sort", "/agreements", "agreements"],
    ["status + type filter", "/agreements?status=active&type=erasmus-iia", "agreements"],
    ["country filter, sort by partner", "/agreements?country=JP&sort=partner", "agreements"],
    ["search by partner name", "/agreements?q=university", "agreements"],
    ["search, deep page", "/agreements?q=accord&offset=200&limit=50", "agreements"],
    ["department + endsBy", "/agreements?department=CHINESE&endsBy=2027&sort=updatedAt&order=desc", "agreements"],
    ["coordinator scope", "/agreements?sort=country", "coordinator"],
    ["partners search", "/partners?q=univ&sort=country", "agreements"],
  ];
  let failed = false;
  for (const [label, path, who] of queries) {
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const response = await service.root.request(`/api/agreements${path}`, { headers: { authorization: `Bearer ${tokens[who]}` } });
      const body = (await response.json()) as { total: number };
      times.push(performance.now() - started);
      if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}`);
      total = body.total;
    }
    times.sort((a, b) => a - b);
    const p50 = times[Math.floor(runs * 0.5)]!;
    const p95 = times[Math.floor(runs * 0.95)]!;
    if (p95 > limitMs) failed = true;
    print(`${label.padEnd(34)} total=${String(total).padStart(6)}  p50=${p50.toFixed(1).padStart(7)} ms  p95=${p95.toFixed(1).padStart(7)} ms${p95 > limitMs ? "  SLOW" : ""}`);
  }
  if (failed) process.exitCode = 1;
} finally {
  await database.close();
}
