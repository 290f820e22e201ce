import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { audit } from "../src/db/schema/index";
import { admittedStudent, nominationBody, PDF_BYTES, tableCounts, upload } from "./admission-fixtures";
import { paths, startIncoming, type Harness } from "./harness";

let h: Harness;
beforeAll(async () => {
  h = await startIncoming();
});
afterAll(() => h.close());

const done = (version: number, extra: Record<string, unknown> = {}) => ({ version, status: "done", date: "2026-09-02", ...extra });

describe("registration checklist", () => {
  it("enrols the student when every step is done or waived, with the student number", async () => {
    const student = await admittedStudent(h);
    const token = await h.tokenFor("incoming");
    const empty = await h.call("GET", `/students/${student.id}/registration`, { token: await h.tokenFor("leadership") });
    expect(empty.status).toBe(200);
    expect(empty.json.steps.map((s: { step: string; status: string }) => `${s.step}:${s.status}`)).toEqual(["student-number:todo", "fees:todo", "insurance:todo", "id-document:todo", "registration:todo"]);

    const insuranceFile = await upload(h, `/students/${student.id}/documents`, token, { bytes: PDF_BYTES, name: "insurance.pdf" }, { kind: "other" });
    let version = student.version;
    const number = await h.call("PUT", `/students/${student.id}/registration/student-number`, { token, body: done(version, { studentNumber: "26100001" }) });
    expect(number.status).toBe(200);
    expect(number.json).toMatchObject({ studentNumber: "26100001", status: "admitted" });
    version = number.json.version;
    for (const [step, body] of [
      ["fees", { status: "done", date: "2026-09-02", note: "Paid at the desk" }],
      ["insurance", { status: "done", date: "2026-09-02", documentId: insuranceFile.json.id }],
      ["id-document", { status: "waived", date: "2026-09-03", note: "Seen at the welcome desk" }],
    ] as const) {
      const changed = await h.call("PUT", `/students/${student.id}/registration/${step}`, { token, body: { version, ...body } });
      expect(changed.status).toBe(200);
      expect(changed.json.status).toBe("admitted");
      version = changed.json.version;
    }
    const last = await h.call("PUT", `/students/${student.id}/registration/registration`, { token, body: done(version) });
    expect(last.json).toMatchObject({ status: "enrolled", studentNumber: "26100001" });
    expect(last.json.steps.find((s: { step: string }) => s.step === "insurance")).toMatchObject({ documentId: insuranceFile.json.id, status: "done" });
    const [row] = await h.db.select().from(audit).where(and(eq(audit.action, "enrol"), eq(audit.entityId, student.id)));
    expect(row!.after).toMatchObject({ status: "enrolled", studentNumber: "26100001" });
    const read = await h.call("GET", `/students/${student.id}`, { token });
    expect(read.json).toMatchObject({ status: "enrolled", studentNumber: "26100001" });
    const locked = await h.call("PUT", `/students/${student.id}/registration/fees`, { token, body: { version: read.json.version, status: "todo" } });
    expect(locked.status).toBe(409);
  });

  it("refuses a taken student number, bad steps, stale versions and other roles, writing nothing", async () => {
    const first = await admittedStudent(h);
    const second = await admittedStudent(h);
    const token = await h.tokenFor("incoming");
    expect((await h.call("PUT", `/students/${first.id}/registration/student-number`, { token, body: done(first.version, { studentNumber: "26200002" }) })).status).toBe(200);
    const before = await tableCounts(h);
    const taken = await h.call("PUT", `/students/${second.id}/registration/student-number`, { token, body: done(second.version, { studentNumber: "26200002" }) });
    expect(taken.status).toBe(409);
    expect(paths(taken.json)).toEqual(["body.studentNumber"]);
    const noNumber = await h.call("PUT", `/students/${second.id}/registration/student-number`, { token, body: done(second.version) });
    expect(paths(noNumber.json)).toEqual(["body.studentNumber"]);
    const waived = await h.call("PUT", `/students/${second.id}/registration/student-number`, { token, body: { version: second.version, status: "waived", date: "2026-09-01" } });
    expect(paths(waived.json)).toEqual(["body.status"]);
    const noDate = await h.call("PUT", `/students/${second.id}/registration/fees`, { token, body: { version: second.version, status: "done" } });
    expect(paths(noDate.json)).toEqual(["body.date"]);
    expect((await h.call("PUT", `/students/${second.id}/registration/visa`, { token, body: done(second.version) })).status).toBe(400);
    const otherDocument = await h.call("PUT", `/students/${second.id}/registration/fees`, { token, body: done(second.version, { documentId: "00000000-0000-4000-8000-000000000000" }) });
    expect(paths(otherDocument.json)).toEqual(["body.documentId"]);
    const stale = await h.call("PUT", `/students/${second.id}/registration/fees`, { token, body: done(second.version - 1) });
    expect(stale.json.code).toBe("stale_version");
    expect((await h.call("PUT", `/students/${second.id}/registration/fees`, { body: done(second.version) })).status).toBe(401);
    expect((await h.call("PUT", `/students/${second.id}/registration/fees`, { token: await h.tokenFor("coordinator", ["CHINESE"]), body: done(second.version) })).status).toBe(403);
    expect((await h.call("GET", `/students/${second.id}/registration`, { token: await h.tokenFor("coordinator", ["LAW"]) })).status).toBe(403);
    expect(await tableCounts(h)).toEqual(before);

    const notAdmitted = (await h.call("POST", "/students", { token, body: nominationBody(null) })).json;
    const early = await h.call("PUT", `/students/${notAdmitted.id}/registration/fees`, { token, body: done(notAdmitted.version) });
    expect(early.status).toBe(409);
  });
});
