/**
 * `pnpm bench` (outgoing): the mobility list at 100,000 mobilities (ten years of the demo universe at scale 4, about
 * 3,700 mobilities, copied with fresh ids and student numbers), through HTTP in-process, on PGlite or on DATABASE_URL's
 * PostgreSQL (a fresh test database). Prints p50/p95 per query. Never fails on a timing: figures are for the report.
 */
import { createTestDatabase, createTestSigner, principalFor } from "@orbis/test-kit";
import { sql } from "drizzle-orm";
import { buildApp } from "../src/app";
import { createAgreementsClient } from "../src/clients/agreements";
import { OUTGOING_DATABASE } from "../src/db/database";
import { demoOutgoingData, seedDemo } from "../src/seed/demo";

process.env.LOG_LEVEL = "silent";
if (process.env.DATABASE_URL && !process.env.TEST_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.DATABASE_URL;
const target = Number(process.env.ORBIS_BENCH_MOBILITIES ?? 100_000);
const runs = 30;
const print = (line: string) => process.stdout.write(`${line}\n`);

const database = await createTestDatabase(OUTGOING_DATABASE);
try {
  const started = performance.now();
  const { mobilities: base } = await seedDemo(database.db, demoOutgoingData(4));
  const copies = Math.max(0, Math.ceil(target / base) - 1);
  // Copies keep the real distributions (years, departments, hosts) with distinct students.
  await database.db.execute(sql`
    insert into outgoing.mobilities (id, student_number, first_name, last_name, email, department, level, sex, nationality,
      scholarship_holder, disability, fewer_opportunities, programme, mobility_type, academic_year, agreement_id, condition_id,
      partner_id, host_name, host_country, host_city, eqf_level, isced_code, planned_start, planned_end, actual_start, actual_end,
      status, status_reason)
    select gen_random_uuid(), m.student_number || 'C' || k, m.first_name, m.last_name, m.email, m.department, m.level, m.sex,
      m.nationality, m.scholarship_holder, m.disability, m.fewer_opportunities, m.programme, m.mobility_type, m.academic_year,
      m.agreement_id, m.condition_id, m.partner_id, m.host_name, m.host_country, m.host_city, m.eqf_level, m.isced_code,
      m.planned_start, m.planned_end, m.actual_start, m.actual_end, m.status, m.status_reason
    from outgoing.mobilities m cross join generate_series(1, ${copies}) k`);
  await database.db.execute(sql`analyze`);
  const counted = (await database.db.execute(sql`select count(*)::int as n from outgoing.mobilities`)) as unknown as { rows: Array<{ n: number }> };
  const n = counted.rows[0]!.n;
  print(`seeded ${n} mobilities on ${database.kind} in ${Math.round(performance.now() - started)} ms`);

  const signer = await createTestSigner();
  const agreements = createAgreementsClient({ baseUrl: "http://127.0.0.1:9", token: async () => "unused" });
  const service = buildApp({ database, verifier: signer.verifier, agreements });
  const tokens = { outgoing: await signer.sign(principalFor("outgoing")), coordinator: await signer.sign(principalFor("coordinator", ["CHINESE"])) };
  const queries: Array<[string, string, keyof typeof tokens]> = [
    ["first page, latest year first", "/mobilities", "outgoing"],
    ["year + department", "/mobilities?academicYear=2024&department=CHINESE", "outgoing"],
    ["status + programme", "/mobilities?status=in-progress&programme=KA131", "outgoing"],
    ["search by name", "/mobilities?q=martin", "outgoing"],
    ["search, deep page", "/mobilities?q=univ&offset=2000&limit=50", "outgoing"],
    ["host country", "/mobilities?hostCountry=JP", "outgoing"],
    ["coordinator scope", "/mobilities", "coordinator"],
  ];
  for (const [label, path, who] of queries) {
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const response = await service.root.request(`/api/outgoing${path}`, { headers: { authorization: `Bearer ${tokens[who]}` } });
      const body = (await response.json()) as { total: number };
      times.push(performance.now() - t0);
      if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}`);
      total = body.total;
    }
    times.sort((a, b) => a - b);
    print(`${label.padEnd(32)} total=${String(total).padStart(7)}  p50=${times[Math.floor(runs * 0.5)]!.toFixed(1).padStart(7)} ms  p95=${times[Math.floor(runs * 0.95)]!.toFixed(1).padStart(7)} ms`);
  }
} finally {
  await database.close();
}
