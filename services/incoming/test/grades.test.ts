import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { ectsGradeOf } from "@orbis/contracts/incoming";
import { studentCourses } from "../src/db/schema/index";
import { approvedCourse, auditCount, createCourse, insertStudent } from "./academic-fixtures";
import { paths, startIncoming, type Harness } from "./harness";

let h: Harness;
beforeAll(async () => {
  h = await startIncoming();
});
afterAll(() => h.close());

async function course3() {
  const course = await createCourse(h, "CHINESE", { credits: 5 });
  const [a, b, c] = await Promise.all([insertStudent(h, "CHINESE"), insertStudent(h, "LAW"), insertStudent(h, "CHINESE")]);
  for (const s of [a!, b!, c!]) await approvedCourse(h, s.id, course.id);
  return { course, students: [a!, b!, c!] as const };
}

const gradesOf = async (courseId: string) => (await h.db.select().from(studentCourses).where(eq(studentCourses.courseId, courseId))).map((l) => l.grade).sort();

describe("grades", () => {
  it("maps French grades to ECTS grades by the documented table", () => {
    expect([20, 16, 15.75, 14, 12, 11.75, 11, 10.75, 10, 9.75, 0].map(ectsGradeOf)).toEqual(["A", "A", "B", "B", "C", "D", "D", "E", "E", "F", "F"]);
  });

  it("lets the course's coordinator grade every student of the course at once: passed >= 10 earns the credits", async () => {
    const { course, students } = await course3();
    const token = await h.tokenFor("coordinator", ["CHINESE"]);
    const listed = await h.call("GET", `/courses/${course.id}/enrolments`, { token });
    expect(listed.status).toBe(200);
    expect(listed.json).toHaveLength(3);
    const versionOf = (id: string) => (listed.json as Array<{ studentId: string; version: number }>).find((e) => e.studentId === id)!.version;
    const entered = await h.call("PUT", `/courses/${course.id}/grades`, {
      token,
      body: { grades: [{ studentId: students[0].id, grade: 14.25, version: versionOf(students[0].id) }, { studentId: students[1].id, grade: 9.75, version: versionOf(students[1].id) }, { studentId: students[2].id, grade: 10, version: versionOf(students[2].id) }] },
    });
    expect(entered.status).toBe(200);
    const byStudent = new Map((entered.json as Array<{ studentId: string }>).map((e) => [e.studentId, e]));
    expect(byStudent.get(students[0].id)).toMatchObject({ grade: 14.25, result: "passed", ectsObtained: 5, ectsGrade: "B" });
    expect(byStudent.get(students[1].id)).toMatchObject({ grade: 9.75, result: "failed", ectsObtained: 0, ectsGrade: "F" });
    expect(byStudent.get(students[2].id)).toMatchObject({ grade: 10, result: "passed", ectsObtained: 5, ectsGrade: "E" });
    const agreement = await h.call("GET", `/students/${students[0].id}/courses`, { token });
    expect(agreement.json.courses[0]).toMatchObject({ grade: 14.25, result: "passed", ectsObtained: 5 });
    // Once graded, the course's credits are frozen (titles may still be corrected).
    const credits = await h.call("PATCH", `/courses/${course.id}`, { token, body: { version: 1, credits: 6 } });
    expect(credits.status).toBe(409);
    expect(paths(credits.json)).toEqual(["body.credits"]);
    expect((await h.call("PATCH", `/courses/${course.id}`, { token, body: { version: 1, titleEn: "Grammar (advanced)" } })).status).toBe(200);
  });

  it("refuses the whole entry when one grade is out of range, naming the row, and writes nothing", async () => {
    const { course, students } = await course3();
    const token = await h.tokenFor("incoming");
    const before = { grades: await gradesOf(course.id), audit: await auditCount(h) };
    const outOfRange = await h.call("PUT", `/courses/${course.id}/grades`, {
      token,
      body: { grades: [{ studentId: students[0].id, grade: 12, version: 2 }, { studentId: students[1].id, grade: 21, version: 2 }] },
    });
    expect(outOfRange.status).toBe(400);
    expect(paths(outOfRange.json)).toEqual(["body.grades.1.grade"]);
    expect(paths((await h.call("PUT", `/courses/${course.id}/grades`, { token, body: { grades: [{ studentId: students[0].id, grade: 12.3, version: 2 }] } })).json)).toEqual(["body.grades.0.grade"]);
    expect(paths((await h.call("PUT", `/courses/${course.id}/grades`, { token, body: { grades: [{ studentId: students[0].id, grade: -1, version: 2 }] } })).json)).toEqual(["body.grades.0.grade"]);
    expect(paths((await h.call("PUT", `/courses/${course.id}/grades`, { token, body: { grades: [] } })).json)).toEqual(["body.grades"]);
    const stranger = await insertStudent(h, "CHINESE");
    const notEnrolled = await h.call("PUT", `/courses/${course.id}/grades`, { token, body: { grades: [{ studentId: students[0].id, grade: 12, version: 2 }, { studentId: stranger.id, grade: 12, version: 1 }] } });
    expect(notEnrolled.status).toBe(400);
    expect(paths(notEnrolled.json)).toEqual(["body.grades.1.studentId"]);
    const twice = await h.call("PUT", `/courses/${course.id}/grades`, { token, body: { grades: [{ studentId: students[0].id, grade: 12, version: 2 }, { studentId: students[0].id, grade: 13, version: 2 }] } });
    expect(paths(twice.json)).toEqual(["body.grades.1.studentId"]);
    const stale = await h.call("PUT", `/courses/${course.id}/grades`, { token, body: { grades: [{ studentId: students[0].id, grade: 12, version: 2 }, { studentId: students[1].id, grade: 12, version: 1 }] } });
    expect(stale.status).toBe(409);
    expect(stale.json.code).toBe("stale_version");
    expect({ grades: await gradesOf(course.id), audit: await auditCount(h) }).toEqual(before);
  });

  it("answers 403 to a coordinator of another department, 401 without a token, 403 to readers who cannot write", async () => {
    const { course, students } = await course3();
    const before = await gradesOf(course.id);
    const entry = { grades: [{ studentId: students[0].id, grade: 12, version: 2 }] };
    const other = await h.call("PUT", `/courses/${course.id}/grades`, { token: await h.tokenFor("coordinator", ["LAW"]), body: entry });
    expect(other.status).toBe(403);
    expect(other.json.code).toBe("out_of_scope");
    expect((await h.call("GET", `/courses/${course.id}/enrolments`, { token: await h.tokenFor("coordinator", ["LAW"]) })).status).toBe(403);
    expect((await h.call("PUT", `/courses/${course.id}/grades`, { body: entry })).status).toBe(401);
    expect((await h.call("PUT", `/courses/${course.id}/grades`, { token: await h.tokenFor("leadership"), body: entry })).status).toBe(403);
    expect((await h.call("PUT", "/courses/00000000-0000-4000-8000-000000000000/grades", { token: await h.tokenFor("incoming"), body: entry })).status).toBe(404);
    expect(await gradesOf(course.id)).toEqual(before);
  });
});
