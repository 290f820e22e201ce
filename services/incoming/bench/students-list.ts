/**
 * `pnpm bench` (incoming): the incoming student list at 50,000 students (ten years of the demo universe at scale 4,
 * about 2,700 stays, copied with fresh ids, emails and student numbers), through HTTP in-process, on PGlite or on
 * DATABASE_URL's PostgreSQL (a fresh test database). Prints p50/p95 per query. Never fails on a timing: figures are
 * for the report.
 */
import { createTestDatabase, createTestSigner, principalFor } from "@orbis/test-kit";
import { sql } from "drizzle-orm";
import { buildApp } from "../src/app";
import { createAgreementsClient } from "../src/clients/agreements";
import { INCOMING_DATABASE } from "../src/db/database";
import { demoIncomingData, seedDemo } from "../src/seed/demo";

process.env.LOG_LEVEL = "silent";
if (process.env.DATABASE_URL && !process.env.TEST_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.DATABASE_URL;
const target = Number(process.env.ORBIS_BENCH_STUDENTS ?? 50_000);
const runs = 30;
const print = (line: string) => process.stdout.write(`${line}\n`);

const database = await createTestDatabase(INCOMING_DATABASE);
try {
  const started = performance.now();
  const { students: base } = await seedDemo(database.db, demoIncomingData(4));
  const copies = Math.max(0, Math.ceil(target / base) - 1);
  // Copies keep the real distributions (years, departments, home countries) with distinct students.
  await database.db.execute(sql`
    insert into incoming.students (id, kind, status, first_name, last_name, email, sex, birth_date, nationality, partner_id,
      home_institution_name, home_country, agreement_id, condition_id, programme, academic_year, period, department, level,
      eqf_level, isced_code, planned_arrival, planned_departure, actual_arrival, actual_departure, student_number)
    select gen_random_uuid(), s.kind, s.status, s.first_name, s.last_name, k || '.' || s.email, s.sex, s.birth_date,
      s.nationality, s.partner_id, s.home_institution_name, s.home_country, s.agreement_id, s.condition_id, s.programme,
      s.academic_year, s.period, s.department, s.level, s.eqf_level, s.isced_code, s.planned_arrival, s.planned_departure,
      s.actual_arrival, s.actual_departure, s.student_number || 'C' || k
    from incoming.students s cross join generate_series(1, ${copies}) k`);
  await database.db.execute(sql`analyze`);
  const counted = (await database.db.execute(sql`select count(*)::int as n from incoming.students`)) as unknown as { rows: Array<{ n: number }> };
  print(`seeded ${counted.rows[0]!.n} incoming students on ${database.kind} in ${Math.round(performance.now() - started)} ms`);

  const signer = await createTestSigner();
  const agreements = createAgreementsClient({ baseUrl: "http://127.0.0.1:9", token: async () => "unused" });
  const service = buildApp({ database, verifier: signer.verifier, agreements });
  const tokens = { incoming: await signer.sign(principalFor("incoming")), coordinator: await signer.sign(principalFor("coordinator", ["CHINESE"])) };
  const queries: Array<[string, string, keyof typeof tokens]> = [
    ["first page, latest year first", "/students", "incoming"],
    ["year + department", "/students?academicYear=2024&department=CHINESE", "incoming"],
    ["status + kind", "/students?status=arrived&kind=exchange", "incoming"],
    ["search by name", "/students?q=martin", "incoming"],
    ["search, deep page", "/students?q=univ&offset=2000&limit=50", "incoming"],
    ["home country", "/students?homeCountry=JP", "incoming"],
    ["coordinator scope", "/students", "coordinator"],
  ];
  for (const [label, path, who] of queries) {
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const response = await service.root.request(`/api/incoming${path}`, { headers: { authorization: `Bearer ${tokens[who]}` } });
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
