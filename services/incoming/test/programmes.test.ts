import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attendance, classSessions, cohortCourses, cohorts, participants, programmes } from "../src/db/schema/index";
import { paths, startIncoming, type Harness } from "./harness";
import { insertStudent, NO_SUCH_ID, snapshot } from "./life-fixtures";

let h: Harness;
let token: string;
beforeAll(async () => {
  h = await startIncoming();
  token = await h.tokenFor("incoming");
});
afterAll(() => h.close());

const tables = [programmes, cohorts, participants, cohortCourses, classSessions, attendance];
let counter = 0;

async function cohortOf(capacity: number) {
  counter += 1;
  const programme = await h.call("POST", "/programmes", { token, body: { code: `DU-PASS-${counter}`, name: "DU passerelle", kind: "du-passerelle" } });
  expect(programme.status).toBe(201);
  const cohort = await h.call("POST", `/programmes/${programme.json.id}/cohorts`, {
    token,
    body: { academicYear: 2026, startDate: "2026-09-07", endDate: "2027-01-29", capacity, feeCents: 120000 },
  });
  expect(cohort.status).toBe(201);
  return { programmeId: programme.json.id as string, cohortId: cohort.json.id as string };
}

describe("programmes", () => {
  it("runs a cohort: participants within capacity, fees, courses, classes and attendance rates", async () => {
    const { programmeId, cohortId } = await cohortOf(2);
    const [ana, ben, carl] = await Promise.all([insertStudent(h, "LAW", "Alves"), insertStudent(h, "CHINESE", "Brown"), insertStudent(h, "LAW", "Costa")]);
    const a = await h.call("POST", `/cohorts/${cohortId}/participants`, { token, body: { studentId: ana } });
    expect(a.status).toBe(201);
    expect(a.json).toMatchObject({ feeDueCents: 120000, feePaidCents: 0, feeBalanceCents: 120000, attendanceRate: null });
    expect((await h.call("POST", `/cohorts/${cohortId}/participants`, { token, body: { studentId: ana } })).json.code).toBe("duplicate");
    const b = await h.call("POST", `/cohorts/${cohortId}/participants`, { token, body: { studentId: ben } });
    const full = await h.call("POST", `/cohorts/${cohortId}/participants`, { token, body: { studentId: carl } });
    expect(full.status).toBe(409);
    expect(full.json.code).toBe("conflict");

    const fees = await h.call("PUT", `/participants/${a.json.id}/fees`, { token, body: { version: 1, feePaidCents: 60000, feeWaivedCents: 20000 } });
    expect(fees.json).toMatchObject({ feePaidCents: 60000, feeWaivedCents: 20000, feeBalanceCents: 40000, version: 2 });
    expect((await h.call("PUT", `/participants/${a.json.id}/fees`, { token, body: { version: 1, feePaidCents: 1, feeWaivedCents: 0 } })).json.code).toBe("stale_version");

    const course = await h.call("POST", `/cohorts/${cohortId}/courses`, { token, body: { title: "Méthodologie universitaire", hours: 24 } });
    expect(course.status).toBe(201);
    const classes = [];
    for (const date of ["2026-09-08", "2026-09-15", "2026-09-22"]) {
      const session = await h.call("POST", `/cohort-courses/${course.json.id}/sessions`, { token, body: { date } });
      expect(session.status).toBe(201);
      classes.push(session.json);
    }
    const marks = [
      ["present", "present"],
      ["absent", "excused"],
      ["present", "absent"],
    ];
    for (const [i, session] of classes.entries()) {
      const taken = await h.call("PUT", `/class-sessions/${session.id}/attendance`, {
        token,
        body: { version: 1, marks: [{ participantId: a.json.id, mark: marks[i]![0] }, { participantId: b.json.id, mark: marks[i]![1] }] },
      });
      expect(taken.status).toBe(200);
      expect(taken.json.marks[a.json.id]).toBe(marks[i]![0]);
    }
    const stale = await h.call("PUT", `/class-sessions/${classes[0].id}/attendance`, { token, body: { version: 1, marks: [{ participantId: a.json.id, mark: "absent" }] } });
    expect(stale.json.code).toBe("stale_version");

    const detail = await h.call("GET", `/cohorts/${cohortId}`, { token });
    expect(detail.status).toBe(200);
    expect(detail.json).toMatchObject({ participants: 2, programme: { id: programmeId }, courses: [{ title: "Méthodologie universitaire", hours: 24 }] });
    const rate = (id: string) => detail.json.participantList.find((p: { id: string }) => p.id === id).attendanceRate;
    expect(rate(a.json.id)).toBeCloseTo(2 / 3);
    expect(rate(b.json.id)).toBeCloseTo(1 / 2);
    expect(detail.json.sessions).toHaveLength(3);

    const coordinator = await h.tokenFor("coordinator", ["LAW"]);
    const scoped = await h.call("GET", `/cohorts/${cohortId}`, { token: coordinator });
    expect(scoped.json.participantList.map((p: { lastName: string }) => p.lastName)).toEqual(["Alves"]);
    expect(Object.keys(scoped.json.sessions[0].marks)).toEqual([a.json.id]);

    const programme = await h.call("GET", `/programmes/${programmeId}`, { token });
    expect(programme.json.cohorts[0]).toMatchObject({ id: cohortId, participants: 2 });
    const renamed = await h.call("PUT", `/programmes/${programmeId}`, { token, body: { version: 1, code: `DU-PASS-R${counter}`, name: "DU passerelle (renamed)", kind: "du-passerelle" } });
    expect(renamed.json.version).toBe(2);
    const shrink = await h.call("PUT", `/cohorts/${cohortId}`, { token, body: { version: 1, academicYear: 2026, startDate: "2026-09-07", endDate: "2027-01-29", capacity: 1, feeCents: 120000 } });
    expect(paths(shrink.json)).toEqual(["body.capacity"]);
    const grown = await h.call("PUT", `/cohorts/${cohortId}`, { token, body: { version: 1, academicYear: 2026, startDate: "2026-09-07", endDate: "2027-01-29", capacity: 3, feeCents: 120000 } });
    expect(grown.json).toMatchObject({ capacity: 3, version: 2 });
  });

  it("admits no more participants than places when added at once", async () => {
    const { cohortId } = await cohortOf(2);
    const ids = await Promise.all([1, 2, 3, 4, 5].map(() => insertStudent(h)));
    const answers = await Promise.all(ids.map((studentId) => h.call("POST", `/cohorts/${cohortId}/participants`, { token, body: { studentId } })));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 201, 409, 409, 409]);
  });

  it("refuses bad input naming the field and callers without the role, writing nothing", async () => {
    const { cohortId } = await cohortOf(5);
    const studentId = await insertStudent(h, "LAW");
    const participant = await h.call("POST", `/cohorts/${cohortId}/participants`, { token, body: { studentId } });
    const course = await h.call("POST", `/cohorts/${cohortId}/courses`, { token, body: { title: "FLE B1", hours: 40 } });
    const session = await h.call("POST", `/cohort-courses/${course.json.id}/sessions`, { token, body: { date: "2026-10-01" } });
    const before = await snapshot(h, tables);
    const bad = async (method: string, path: string, body: unknown, fields: string[]) => {
      const answer = await h.call(method, path, { token, body });
      expect(answer.status).toBe(400);
      expect(paths(answer.json)).toEqual(fields);
    };
    await bad("POST", "/programmes", { code: "du passerelle", name: "", kind: "summer" }, ["body.code", "body.kind", "body.name"]);
    await bad("POST", `/cohorts/${cohortId}/courses`, { title: "X", hours: 0 }, ["body.hours"]);
    await bad("POST", `/cohort-courses/${course.json.id}/sessions`, { date: "2027-03-01" }, ["body.date"]);
    await bad("PUT", `/participants/${participant.json.id}/fees`, { version: 1, feePaidCents: 100000, feeWaivedCents: 30000 }, ["body.feePaidCents"]);
    await bad("PUT", `/class-sessions/${session.json.id}/attendance`, { version: 1, marks: [{ participantId: participant.json.id, mark: "late" }] }, ["body.marks.0.mark"]);
    await bad("PUT", `/class-sessions/${session.json.id}/attendance`, { version: 1, marks: [{ participantId: NO_SUCH_ID, mark: "present" }] }, ["body.marks.0.participantId"]);
    await bad("POST", `/cohorts/${cohortId}/participants`, { studentId: NO_SUCH_ID }, ["body.studentId"]);
    const programme = await h.call("POST", "/programmes", { token, body: { code: "FLE-SEM", name: "Semestre FLE", kind: "fle-semester" } });
    await bad("POST", `/programmes/${programme.json.id}/cohorts`, { academicYear: 2026, startDate: "2026-09-07", endDate: "2026-09-01", capacity: 10, feeCents: 0 }, ["body.endDate"]);
    const afterProgramme = await snapshot(h, tables);
    expect(afterProgramme[0]).toBe(before[0]! + 1);

    expect((await h.call("GET", "/programmes")).status).toBe(401);
    expect((await h.call("GET", "/programmes", { token: await h.tokenFor("outgoing") })).status).toBe(403);
    const coordinator = await h.tokenFor("coordinator", ["LAW"]);
    expect((await h.call("GET", `/cohorts/${cohortId}`, { token: coordinator })).status).toBe(200);
    expect((await h.call("POST", `/cohorts/${cohortId}/participants`, { token: coordinator, body: { studentId } })).status).toBe(403);
    expect((await h.call("PUT", `/class-sessions/${session.json.id}/attendance`, { token: coordinator, body: { version: 1, marks: [{ participantId: participant.json.id, mark: "present" }] } })).status).toBe(403);
    for (const role of ["leadership", "analyst", "erasmus"]) {
      expect((await h.call("POST", "/programmes", { token: await h.tokenFor(role), body: { code: "ZZ", name: "Z", kind: "fle-semester" } })).status).toBe(403);
    }
    expect((await h.call("GET", `/cohorts/${NO_SUCH_ID}`, { token })).status).toBe(404);
    expect(await snapshot(h, tables)).toEqual(afterProgramme);
  });
});
