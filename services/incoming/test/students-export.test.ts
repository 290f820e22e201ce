import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StudentExportHeader, StudentExportRow, STUDENT_EXPORT_FIELDS } from "@orbis/contracts/incoming";
import { approvedCourse, createCourse, insertStudent } from "./academic-fixtures";
import { paths, startIncoming, type Harness } from "./harness";

let h: Harness;
beforeAll(async () => {
  h = await startIncoming({ now: () => new Date("2027-02-10T09:30:00Z") });
});
afterAll(() => h.close());

/** The export as text (apiCaller would parse NDJSON as one JSON document). */
async function download(query: string, role: string) {
  const response = await h.request(`/exports/students${query}`, { headers: { authorization: `Bearer ${await h.tokenFor(role)}` } });
  return { status: response.status, contentType: response.headers.get("content-type"), json: await response.text() };
}

describe("incoming.students export", () => {
  it("streams a versioned header then pseudonymous rows with the ECTS obtained, NDJSON or CSV", async () => {
    const student = await insertStudent(h, "CHINESE", { firstName: "Zoé", lastName: "Secretname", email: "zoe.secret@uni.de", actualArrival: "2026-09-03", actualDeparture: "2027-01-30" });
    const course = await createCourse(h, "CHINESE", { credits: 7.5 });
    const line = await approvedCourse(h, student.id, course.id);
    await h.call("PUT", `/courses/${course.id}/grades`, { token: await h.tokenFor("incoming"), body: { grades: [{ studentId: student.id, grade: 12, version: line.version }] } });
    await insertStudent(h, "LAW");

    const ndjson = await download("", "analytics");
    expect(ndjson.status).toBe(200);
    expect(ndjson.contentType).toContain("application/x-ndjson");
    const [headerLine, ...lines] = (ndjson.json as string).trim().split("\n");
    const header = StudentExportHeader.parse(JSON.parse(headerLine!));
    expect(header).toMatchObject({ contract: "incoming.students", version: 1, generatedAt: "2027-02-10T09:30:00.000Z", since: null });
    expect(header.fields).toEqual(STUDENT_EXPORT_FIELDS);
    expect(lines).toHaveLength(2);
    const rows = lines.map((l) => StudentExportRow.strict().parse(JSON.parse(l)));
    expect(rows.find((r) => r.id === student.id)).toMatchObject({ ectsObtained: 7.5, durationDays: 150, department: "CHINESE", sex: "F" });
    for (const secret of ["Zoé", "Secretname", "zoe.secret", "2003-04-12", student.studentNumber!]) expect(ndjson.json).not.toContain(secret);

    const csv = await download("?format=csv", "analyst");
    expect(csv.contentType).toContain("text/csv");
    const csvLines = (csv.json as string).trim().split("\r\n");
    expect(csvLines[0]).toBe(STUDENT_EXPORT_FIELDS.join(","));
    expect(csvLines).toHaveLength(3);

    const later = await download("?since=2100-01-01T00:00:00Z", "admin");
    expect((later.json as string).trim().split("\n")).toHaveLength(1);
  });

  it("refuses bad queries and callers without the role", async () => {
    const token = await h.tokenFor("incoming");
    const bad = await h.call("GET", "/exports/students?since=yesterday&format=xlsx", { token });
    expect(bad.status).toBe(400);
    expect(paths(bad.json)).toEqual(["query.format", "query.since"]);
    expect((await h.call("GET", "/exports/students")).status).toBe(401);
    for (const role of ["coordinator", "leadership", "erasmus", "outgoing"]) {
      expect((await h.call("GET", "/exports/students", { token: await h.tokenFor(role, ["CHINESE"]) })).status).toBe(403);
    }
  });
});
