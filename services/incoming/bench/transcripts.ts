/**
 * `pnpm bench` (incoming): Transcripts of Records for 1,000 students (ORBIS_BENCH_TRANSCRIPTS) from the demo seed at
 * scale 4, built as the transcript routes build them: the PDF in French, English and Spanish (transcriptPdf) and the
 * EWP imobility-tors XML (torGetResponseXml). Prints the time per kind (total, median and p95 per transcript) and
 * the process memory (RSS, heap) before and after; CPU time next to wall time tells a busy machine from slow code. Never fails on a timing: figures are for the report.
 */
import { TRANSCRIPT_LANGUAGES } from "@orbis/contracts/incoming";
import { createTestDatabase } from "@orbis/test-kit";
import { asc, desc, eq } from "drizzle-orm";
import { students, transcripts } from "../src/db/schema/index";
import { INCOMING_DATABASE } from "../src/db/database";
import { HOME } from "../src/domain/home-institution";
import { transcriptPdf } from "../src/domain/transcript-pdf";
import { toTranscript } from "../src/domain/transcripts";
import { torGetResponseXml } from "../src/ewp/imobility-tor";
import { demoIncomingData, seedDemo } from "../src/seed/demo";

process.env.LOG_LEVEL = "silent";
if (process.env.DATABASE_URL && !process.env.TEST_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.DATABASE_URL;
const target = Number(process.env.ORBIS_BENCH_TRANSCRIPTS ?? 1000);
const print = (line: string) => process.stdout.write(`${line}\n`);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const memory = (label: string) => {
  const m = process.memoryUsage();
  print(`${label.padEnd(24)} rss=${mb(m.rss).padStart(9)}  heapUsed=${mb(m.heapUsed).padStart(9)}  heapTotal=${mb(m.heapTotal).padStart(9)}  external=${mb(m.external).padStart(9)}`);
};
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;

const database = await createTestDatabase(INCOMING_DATABASE);
try {
  const started = performance.now();
  await seedDemo(database.db, demoIncomingData(4));
  // The latest version of each student's transcript, with its student, as the PDF and EWP routes load them.
  const rows = await database.db
    .selectDistinctOn([transcripts.studentId], { transcript: transcripts, student: students })
    .from(transcripts)
    .innerJoin(students, eq(students.id, transcripts.studentId))
    .orderBy(asc(transcripts.studentId), desc(transcripts.version));
  if (!rows.length) throw new Error("The seed issued no transcript.");
  const work = Array.from({ length: target }, (_, i) => rows[i % rows.length]!).map(({ transcript, student }) => ({ student, transcript: toTranscript(transcript) }));
  print(`seeded on ${database.kind} in ${Math.round(performance.now() - started)} ms: ${rows.length} issued transcripts, building ${work.length} (${work.length > rows.length ? "some twice" : "distinct students"})`);
  const lines = work.reduce((n, w) => n + w.transcript.lines.length, 0);
  print(`${lines} course lines, ${(lines / work.length).toFixed(1)} per transcript`);

  globalThis.gc?.();
  memory("before");
  const kinds = [...TRANSCRIPT_LANGUAGES.map((lang) => ({ label: `PDF ${lang}`, build: (w: (typeof work)[number]) => transcriptPdf(w.student, w.transcript, lang).then((b) => b.byteLength) })), {
    label: "EWP ToR XML",
    build: (w: (typeof work)[number]) => Promise.resolve(torGetResponseXml({ student: w.student, transcript: w.transcript, issuer: HOME, sendingHei: w.student.partnerId ? { schacCode: null, name: w.student.homeInstitutionName } : null }).length),
  }];
  const overall = performance.now();
  for (const kind of kinds) {
    const times: number[] = [];
    let bytes = 0;
    const begun = performance.now();
    const cpu = process.cpuUsage();
    for (const w of work) {
      const t0 = performance.now();
      bytes += await kind.build(w);
      times.push(performance.now() - t0);
    }
    const elapsed = performance.now() - begun;
    const used = process.cpuUsage(cpu);
    times.sort((a, b) => a - b);
    print(
      `${kind.label.padEnd(12)} total=${(elapsed / 1000).toFixed(2).padStart(7)} s  median=${quantile(times, 0.5).toFixed(2).padStart(7)} ms  p95=${quantile(times, 0.95).toFixed(2).padStart(7)} ms  cpu=${((used.user + used.system) / 1e6).toFixed(2).padStart(6)} s  avg size=${(bytes / work.length / 1024).toFixed(1)} KB`,
    );
  }
  print(`all ${work.length * kinds.length} documents in ${((performance.now() - overall) / 1000).toFixed(2)} s`);
  memory("after");
  globalThis.gc?.();
  if (globalThis.gc) memory("after gc");
} finally {
  await database.close();
}
