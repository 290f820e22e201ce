/**
 * `pnpm bench` (erasmus, areas B): the list routes of staff mobilities, cooperation projects, events and interview slots
 * at 10,000+ rows each (the demo seed's rows copied with fresh ids), through HTTP in-process, on PGlite or on
 * DATABASE_URL's PostgreSQL (a fresh test database). Prints p50/p95 per query. Never fails on a timing.
 */
import { randomUUID } from "node:crypto";
import { createTestDatabase, createTestSigner, principalFor } from "@orbis/test-kit";
import { sql } from "drizzle-orm";
import { buildApp } from "../src/app";
import { createOutgoingClient } from "../src/clients/outgoing";
import { ERASMUS_DATABASE } from "../src/db/database";
import { cooperationDeadlines, cooperationProjects, eventRegistrations, events, interviewSlots, staffMobilities } from "../src/db/schema/index";
import { demoErasmusData } from "../src/seed/data";
import { chunks } from "../src/seed/pick";
import { communicationRows } from "../src/seed/communication";
import { cooperationRows } from "../src/seed/cooperation";
import { staffMobilityRows } from "../src/seed/staff-mobilities";

process.env.LOG_LEVEL = "silent";
if (process.env.DATABASE_URL && !process.env.TEST_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.DATABASE_URL;
const TARGET = Number(process.env.ORBIS_BENCH_ROWS ?? 10_000);
const runs = 30;
const print = (line: string) => process.stdout.write(`${line}\n`);

/** `base` repeated with fresh ids until `target` rows. */
function copies<T extends { id: string }>(base: T[], target: number, fresh: (row: T, k: number) => Partial<T> = () => ({})): T[] {
  return Array.from({ length: target }, (_, i) => {
    const row = base[i % base.length]!;
    return { ...row, ...fresh(row, Math.floor(i / base.length)), id: randomUUID() };
  });
}

const database = await createTestDatabase(ERASMUS_DATABASE);
try {
  const started = performance.now();
  const data = demoErasmusData(1);
  const db = database.db;
  const communication = communicationRows(data);
  const eventCopies = copies(communication.events, Math.round(TARGET / 5));
  const eventIds = new Map<string, string[]>();
  eventCopies.forEach((e, i) => eventIds.set(communication.events[i % communication.events.length]!.id, [...(eventIds.get(communication.events[i % communication.events.length]!.id) ?? []), e.id]));
  const tables: Array<[string, () => Promise<void>]> = [
    ["staff mobilities", async () => { for (const c of chunks(copies(staffMobilityRows(data), TARGET), 400)) await db.insert(staffMobilities).values(c); }],
    [
      "cooperation projects",
      async () => {
        const { projects, deadlines } = cooperationRows(data);
        await db.insert(cooperationProjects).values(projects);
        await db.insert(cooperationDeadlines).values(deadlines);
        for (const c of chunks(copies(projects, TARGET - projects.length), 400)) await db.insert(cooperationProjects).values(c);
      },
    ],
    ["interview slots", async () => { for (const c of chunks(copies(communication.slots, TARGET, (s, k) => ({ startsAt: new Date(s.startsAt.getTime() + k * 60_000) })), 400)) await db.insert(interviewSlots).values(c); }],
    ["events", async () => { for (const c of chunks(eventCopies, 400)) await db.insert(events).values(c); }],
    [
      "registrations",
      async () => {
        // Each copied event gets the registrations of its original.
        const regs = communication.registrations.flatMap((r) => (eventIds.get(r.eventId) ?? []).slice(0, 3).map((eventId) => ({ ...r, id: randomUUID(), eventId })));
        for (const c of chunks(regs, 400)) await db.insert(eventRegistrations).values(c);
      },
    ],
  ];
  for (const [, fill] of tables) await fill();
  await db.execute(sql`analyze`);
  print(`seeded ${TARGET} staff mobilities, cooperation projects and interview slots, ${eventCopies.length} events on ${database.kind} in ${Math.round(performance.now() - started)} ms`);

  const signer = await createTestSigner();
  const outgoing = createOutgoingClient({ baseUrl: "http://127.0.0.1:9", token: async () => "unused" });
  const service = buildApp({ database, verifier: signer.verifier, outgoing });
  const token = await signer.sign(principalFor("erasmus"));
  const queries: Array<[string, string]> = [
    ["staff mobilities, first page", "/staff-mobilities"],
    ["staff mobilities, year + type", "/staff-mobilities?academicYear=2024&type=teaching"],
    ["staff mobilities, search", "/staff-mobilities?q=univ&offset=500"],
    ["cooperation, first page", "/cooperation-projects"],
    ["cooperation, stage + search", "/cooperation-projects?stage=closed&q=lingua"],
    ["upcoming deadlines", "/cooperation-deadlines/upcoming?withinDays=365"],
    ["events with counts, first page", "/events"],
    ["events, upcoming", "/events?when=upcoming"],
    ["interview slots, free", "/interview-slots?free=true"],
    ["interview slots, a month", "/interview-slots?from=2025-11-01T00:00:00Z&to=2025-12-01T00:00:00Z"],
  ];
  for (const [label, path] of queries) {
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const response = await service.root.request(`/api/erasmus${path}`, { headers: { authorization: `Bearer ${token}` } });
      const body = (await response.json()) as { total?: number; items: unknown[] };
      times.push(performance.now() - t0);
      if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}`);
      total = body.total ?? body.items.length;
    }
    times.sort((a, b) => a - b);
    print(`${label.padEnd(34)} total=${String(total).padStart(7)}  p50=${times[Math.floor(runs * 0.5)]!.toFixed(1).padStart(7)} ms  p95=${times[Math.floor(runs * 0.95)]!.toFixed(1).padStart(7)} ms`);
  }
} finally {
  await database.close();
}
