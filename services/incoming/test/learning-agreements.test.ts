import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count } from "drizzle-orm";
import { studentCourseChanges, studentCourses } from "../src/db/schema/index";
import { auditCount, createCourse, insertStudent } from "./academic-fixtures";
import { paths, startIncoming, type Harness } from "./harness";

let h: Harness;
beforeAll(async () => {
  h = await startIncoming({ now: () => new Date("2026-10-05T10:00:00Z") });
});
afterAll(() => h.close());

const rows = async () => ({
  lines: (await h.db.select({ n: count() }).from(studentCourses))[0]!.n,
  changes: (await h.db.select({ n: count() }).from(studentCourseChanges))[0]!.n,
  audit: await auditCount(h),
});

describe("learning agreements at the host", () => {
  it("proposes courses, the course's department coordinator approves or rejects with a comment, changes are dated", async () => {
    const student = await insertStudent(h, "CHINESE");
    const chinese = await createCourse(h, "CHINESE");
    const law = await createCourse(h, "LAW");
    const studentCoordinator = await h.tokenFor("coordinator", ["CHINESE"]);
    const added = await h.call("POST", `/students/${student.id}/courses`, { token: studentCoordinator, body: { courseId: chinese.id } });
    expect(added.status).toBe(201);
    expect(added.json).toMatchObject({ status: "proposed", version: 1, course: { code: chinese.code, credits: 6 } });
    const lawLine = await h.call("POST", `/students/${student.id}/courses`, { token: studentCoordinator, body: { courseId: law.id } });

    // The LAW course is approved by LAW's coordinator, not by the student's department.
    const refused = await h.call("POST", `/student-courses/${lawLine.json.id}/decision`, { token: studentCoordinator, body: { version: 1, decision: "approved" } });
    expect(refused.status).toBe(403);
    const lawCoordinator = await h.tokenFor("coordinator", ["LAW"]);
    const rejected = await h.call("POST", `/student-courses/${lawLine.json.id}/decision`, { token: lawCoordinator, body: { version: 1, decision: "rejected", comment: "Prérequis manquants" } });
    expect(rejected.status).toBe(200);
    expect(rejected.json).toMatchObject({ status: "rejected", decisionComment: "Prérequis manquants", version: 2 });
    const approved = await h.call("POST", `/student-courses/${added.json.id}/decision`, { token: await h.tokenFor("incoming"), body: { version: 1, decision: "approved" } });
    expect(approved.json.status).toBe("approved");

    const removed = await h.call("POST", `/student-courses/${lawLine.json.id}/removal`, { token: studentCoordinator, body: { version: 2, reason: "Refusé par le département" } });
    expect(removed.status).toBe(200);
    expect(removed.json).toMatchObject({ removedOn: "2026-10-05", removalReason: "Refusé par le département", version: 3 });

    const agreement = await h.call("GET", `/students/${student.id}/courses`, { token: await h.tokenFor("leadership") });
    expect(agreement.status).toBe(200);
    expect(agreement.json.courses.map((c: { course: { code: string }; removedOn: string | null }) => [c.course.code, c.removedOn])).toEqual([
      [chinese.code, null],
      [law.code, "2026-10-05"],
    ]);
    expect(agreement.json.changes.map((c: { change: string; courseCode: string; duringStay: boolean }) => [c.change, c.courseCode, c.duringStay])).toEqual([
      ["added", chinese.code, false],
      ["added", law.code, false],
      ["removed", law.code, false],
    ]);
    // Once removed, the course can be chosen again.
    expect((await h.call("POST", `/students/${student.id}/courses`, { token: studentCoordinator, body: { courseId: law.id } })).status).toBe(201);
  });

  it("records changes during the stay with their reason (required once the student has arrived)", async () => {
    const student = await insertStudent(h, "LAW", { status: "arrived", actualArrival: "2026-09-02" });
    const course = await createCourse(h, "LAW");
    const token = await h.tokenFor("incoming");
    const before = await rows();
    const noReason = await h.call("POST", `/students/${student.id}/courses`, { token, body: { courseId: course.id } });
    expect(noReason.status).toBe(400);
    expect(paths(noReason.json)).toEqual(["body.reason"]);
    expect(await rows()).toEqual(before);
    const added = await h.call("POST", `/students/${student.id}/courses`, { token, body: { courseId: course.id, reason: "Conflit d'horaires" } });
    expect(added.status).toBe(201);
    const agreement = await h.call("GET", `/students/${student.id}/courses`, { token });
    expect(agreement.json.changes).toEqual([expect.objectContaining({ change: "added", on: "2026-10-05", duringStay: true, reason: "Conflit d'horaires", actor: expect.any(String) })]);
  });

  it("refuses bad input, stale versions, duplicates and out-of-scope callers, writing nothing", async () => {
    const student = await insertStudent(h, "CHINESE");
    const course = await createCourse(h, "CHINESE");
    const token = await h.tokenFor("incoming");
    const line = await h.call("POST", `/students/${student.id}/courses`, { token, body: { courseId: course.id } });
    const before = await rows();
    const unknownCourse = await h.call("POST", `/students/${student.id}/courses`, { token, body: { courseId: "00000000-0000-4000-8000-000000000000" } });
    expect(unknownCourse.status).toBe(400);
    expect(paths(unknownCourse.json)).toEqual(["body.courseId"]);
    expect(paths((await h.call("POST", `/students/${student.id}/courses`, { token, body: { courseId: "abc" } })).json)).toEqual(["body.courseId"]);
    const duplicate = await h.call("POST", `/students/${student.id}/courses`, { token, body: { courseId: course.id } });
    expect(duplicate.status).toBe(409);
    const noComment = await h.call("POST", `/student-courses/${line.json.id}/decision`, { token, body: { version: 1, decision: "rejected" } });
    expect(noComment.status).toBe(400);
    expect(paths(noComment.json)).toEqual(["body.comment"]);
    expect(paths((await h.call("POST", `/student-courses/${line.json.id}/decision`, { token, body: { version: 1, decision: "maybe" } })).json)).toEqual(["body.decision"]);
    expect(paths((await h.call("POST", `/student-courses/${line.json.id}/removal`, { token, body: { version: 1, reason: "" } })).json)).toEqual(["body.reason"]);
    const stale = await h.call("POST", `/student-courses/${line.json.id}/decision`, { token, body: { version: 7, decision: "approved" } });
    expect(stale.status).toBe(409);
    expect(stale.json.code).toBe("stale_version");
    expect((await h.call("POST", `/student-courses/${line.json.id}/removal`, { token, body: { version: 7, reason: "x" } })).status).toBe(409);
    const other = await h.tokenFor("coordinator", ["LAW"]);
    expect((await h.call("POST", `/students/${student.id}/courses`, { token: other, body: { courseId: course.id } })).status).toBe(403);
    expect((await h.call("GET", `/students/${student.id}/courses`, { token: other })).status).toBe(403);
    expect((await h.call("POST", `/student-courses/${line.json.id}/decision`, { token: other, body: { version: 1, decision: "approved" } })).status).toBe(403);
    expect((await h.call("POST", `/student-courses/${line.json.id}/removal`, { token: other, body: { version: 1, reason: "x" } })).status).toBe(403);
    expect((await h.call("GET", `/students/${student.id}/courses`)).status).toBe(401);
    expect((await h.call("POST", `/students/${student.id}/courses`, { token: await h.tokenFor("analyst"), body: { courseId: course.id } })).status).toBe(403);
    expect((await h.call("POST", "/student-courses/00000000-0000-4000-8000-000000000000/removal", { token, body: { version: 1, reason: "x" } })).status).toBe(404);
    expect(await rows()).toEqual(before);
  });
});
