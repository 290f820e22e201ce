import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq, sql } from "drizzle-orm";
import { rowsOf } from "@orbis/db";
import { IncomingStudent, REGISTRATION_STEPS, type TranscriptLine } from "@orbis/contracts/incoming";
import {
  admissionDecisions,
  allocations,
  attendance,
  classSessions,
  cohorts,
  frenchTestRegistrations,
  frenchTestSessions,
  housingRequests,
  participants,
  registrationSteps,
  studentCourses,
  studentNumbers,
  students,
  transcripts,
  audit,
} from "../src/db/schema/index";
import { toStudent } from "../src/domain/students";
import { gradedLines } from "../src/domain/transcripts";
import { demoIncomingData, seedDemo, type SeedCounts } from "../src/seed/demo";
import { startIncoming, type Harness } from "./harness";

let h: Harness;
let first: SeedCounts;
const data = demoIncomingData(0.5);
// Ten years of every area: on a busy machine running the other suites at the same time this takes over a minute.
beforeAll(async () => {
  h = await startIncoming();
  first = await seedDemo(h.db, data);
}, 300_000);
afterAll(() => h.close());

const total = (counts: SeedCounts) => Object.values(counts).reduce((a, b) => a + b, 0);

describe("demo seed", () => {
  it("seeds every area, once: a second run adds nothing", async () => {
    expect(first.students).toBe(data.mobilities.length);
    expect(first.students).toBeGreaterThan(200);
    for (const [area, n] of Object.entries(first)) expect([area, n > 0]).toEqual([area, true]);
    expect(first.courses).toBeGreaterThanOrEqual(12 * 10);
    expect(first.studentCourses).toBeGreaterThan(first.students * 3);
    expect(first.cohorts).toBe(3 * 10);
    const timings: Record<string, number> = {};
    expect(total(await seedDemo(h.db, data, timings))).toBe(0);
    expect(Object.keys(timings)).toEqual(expect.arrayContaining(["rows", "students", "admission", "academic", "frenchTests", "housing", "programmes"]));
  });

  it("writes one seed audit row per entity (per checklist for registration steps, per class for attendance)", async () => {
    const rows = await h.db.select({ entity: audit.entity, n: count() }).from(audit).where(eq(audit.action, "seed")).groupBy(audit.entity);
    const seeded = Object.fromEntries(rows.map((r) => [r.entity, r.n]));
    const [checklists] = await h.db.select({ n: sql<number>`count(distinct ${registrationSteps.studentId})::int` }).from(registrationSteps);
    const [classes] = await h.db.select({ n: sql<number>`count(distinct ${attendance.sessionId})::int` }).from(attendance);
    expect(seeded).toMatchObject({
      student: first.students,
      admission_decision: first.admissionDecisions,
      registration_checklist: checklists!.n,
      student_number: first.studentNumbers,
      "student-course": first.studentCourses,
      transcript: first.transcripts,
      allocation: first.allocations,
      participant: first.participants,
      attendance: classes!.n,
    });
  });

  it("keeps stays coherent with their statuses: decisions, enrolment steps, numbers, arrivals and departures", async () => {
    const rows = await h.db.select().from(students);
    expect(new Set(rows.map((r) => r.academicYear)).size).toBe(10);
    const decisions = new Map((await h.db.select().from(admissionDecisions)).map((d) => [d.studentId, d]));
    const steps = await h.db.select().from(registrationSteps);
    const stepsOf = new Map<string, typeof steps>();
    for (const s of steps) stepsOf.set(s.studentId, [...(stepsOf.get(s.studentId) ?? []), s]);
    const numbers = new Map((await h.db.select().from(studentNumbers)).map((n) => [n.studentId, n.studentNumber]));
    for (const row of rows) {
      expect(IncomingStudent.safeParse(toStudent(row)).success).toBe(true);
      expect(row.plannedDeparture >= row.plannedArrival).toBe(true);
      if (row.kind === "free-mover") expect(row.agreementId).toBeNull();
      if (row.kind === "exchange") expect(row.agreementId).not.toBeNull();
      const enrolled = ["enrolled", "arrived", "departed"].includes(row.status);
      if (row.status === "departed") expect(row.actualDeparture).not.toBeNull();
      if (row.status === "arrived") expect([row.actualArrival !== null, row.actualDeparture]).toEqual([true, null]);
      if (["admitted", "refused", "withdrawn"].includes(row.status)) expect([row.actualArrival, row.studentNumber]).toEqual([null, null]);
      if (enrolled || row.status === "admitted") expect(decisions.get(row.id)?.decision).toBe("admit");
      if (row.status === "refused") expect(decisions.get(row.id)?.reason).toBeTruthy();
      if (enrolled) {
        expect(row.studentNumber).toBeTruthy();
        expect(numbers.get(row.id)).toBe(row.studentNumber);
        expect(stepsOf.get(row.id)?.filter((s) => s.status !== "todo").length).toBe(REGISTRATION_STEPS.length);
      }
      if (row.status === "admitted") expect(stepsOf.get(row.id)?.length ?? 0).toBeLessThan(REGISTRATION_STEPS.length);
    }
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(["departed", "arrived", "enrolled", "admitted", "refused", "withdrawn"]));
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(["exchange", "programme", "free-mover"]));
  });

  it("grades departed students only, and their transcripts copy the grades (a few reissued with a reason)", async () => {
    const graded = rowsOf<{ status: string; n: number }>(
      await h.db.execute(sql`select s.status, count(*)::int as n from ${studentCourses} c join ${students} s on s.id = c.student_id where c.grade is not null group by s.status`),
    );
    expect(graded.map((g) => g.status)).toEqual(["departed"]);
    const [ungradedDeparted] = await h.db
      .select({ n: count() })
      .from(studentCourses)
      .innerJoin(students, eq(students.id, studentCourses.studentId))
      .where(and(eq(students.status, "departed"), sql`${studentCourses.grade} is null`));
    expect(ungradedDeparted!.n).toBe(0);
    const issued = await h.db.select().from(transcripts);
    const latest = new Map<string, (typeof issued)[number]>();
    for (const t of issued) if ((latest.get(t.studentId)?.version ?? 0) < t.version) latest.set(t.studentId, t);
    expect(latest.size).toBeGreaterThan(100);
    for (const [studentId, transcript] of latest) expect(transcript.lines as TranscriptLine[]).toEqual(await gradedLines(h.db, studentId));
    const reissued = issued.filter((t) => t.version === 2);
    expect(reissued.length).toBeGreaterThan(0);
    for (const t of reissued) {
      expect(t.reason).toBeTruthy();
      const original = issued.find((o) => o.studentId === t.studentId && o.version === 1)!;
      expect(original.issuedAt < t.issuedAt).toBe(true);
      expect(original.lines).not.toEqual(t.lines);
    }
    const [active] = await h.db.select({ n: count() }).from(students).where(eq(students.status, "arrived"));
    const issuedTo = new Set(issued.map((t) => t.studentId));
    expect(active!.n).toBeGreaterThan(0);
    for (const row of await h.db.select({ id: students.id }).from(students).where(eq(students.status, "arrived"))) expect(issuedTo.has(row.id)).toBe(false);
  });

  it("never lets a room beyond its capacity and keeps a waiting list for the current year", async () => {
    const overbooked = rowsOf<{ id: string }>(
      await h.db.execute(sql`
        select r.id from incoming.rooms r join incoming.allocations a on a.room_id = r.id and a.status = 'active'
        where (select count(*) from incoming.allocations b where b.room_id = r.id and b.status = 'active' and b.date_from <= a.date_from and b.date_to >= a.date_from) > r.capacity`),
    );
    expect(overbooked).toEqual([]);
    const waiting = await h.db
      .select({ year: students.academicYear })
      .from(housingRequests)
      .innerJoin(students, eq(students.id, housingRequests.studentId))
      .where(eq(housingRequests.status, "waiting"));
    expect(waiting.length).toBeGreaterThan(0);
    expect(new Set(waiting.map((w) => w.year))).toEqual(new Set([data.currentYear]));
    const [unmatched] = await h.db
      .select({ n: count() })
      .from(allocations)
      .innerJoin(housingRequests, eq(housingRequests.id, allocations.requestId))
      .where(sql`${housingRequests.status} <> 'allocated' or ${housingRequests.studentId} <> ${allocations.studentId}`);
    expect(unmatched!.n).toBe(0);
    const list = await h.call("GET", "/housing/requests?status=waiting", { token: await h.tokenFor("incoming") });
    expect([list.status, list.json.length]).toEqual([200, waiting.length]);
  });

  it("fills French test sittings within capacity, with results only for past sittings", async () => {
    const sittings = await h.db
      .select({ id: frenchTestSessions.id, date: frenchTestSessions.date, capacity: frenchTestSessions.capacity, n: count(frenchTestRegistrations.id), marked: count(frenchTestRegistrations.level) })
      .from(frenchTestSessions)
      .leftJoin(frenchTestRegistrations, eq(frenchTestRegistrations.sessionId, frenchTestSessions.id))
      .groupBy(frenchTestSessions.id);
    expect(sittings.length).toBeGreaterThanOrEqual(20);
    for (const s of sittings) {
      expect(s.n).toBeLessThanOrEqual(s.capacity);
      if (s.date >= data.referenceDate) expect(s.marked).toBe(0);
    }
    expect(sittings.reduce((a, s) => a + s.marked, 0)).toBeGreaterThan(0);
  });

  it("gives each programme a cohort a year, participants within capacity, fees that balance and attendance", async () => {
    const cohortList = await h.db.select({ id: cohorts.id, capacity: cohorts.capacity, n: count(participants.id) }).from(cohorts).leftJoin(participants, eq(participants.cohortId, cohorts.id)).groupBy(cohorts.id);
    for (const c of cohortList) expect(c.n).toBeLessThanOrEqual(c.capacity);
    for (const p of await h.db.select().from(participants)) expect(p.feePaidCents + p.feeWaivedCents).toBeLessThanOrEqual(p.feeDueCents);
    const [late] = await h.db.select({ n: count() }).from(classSessions).where(sql`${classSessions.date} >= ${data.referenceDate}`);
    expect(late!.n).toBe(0);
    const [marks] = await h.db.select({ n: count() }).from(attendance);
    expect(marks!.n).toBe(first.attendance);
    const listed = await h.call("GET", `/students?academicYear=${data.currentYear}&limit=5`, { token: await h.tokenFor("incoming") });
    expect([listed.status, listed.json.total > 0]).toEqual([200, true]);
  });
});
