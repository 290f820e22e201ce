import { pdfText } from "@orbis/documents";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { audit, frenchTestRegistrations, frenchTestSessions } from "../src/db/schema/index";
import { paths, startIncoming, type Harness } from "./harness";
import { insertStudent, NO_SUCH_ID, snapshot } from "./life-fixtures";

let h: Harness;
let token: string;
beforeAll(async () => {
  h = await startIncoming();
  token = await h.tokenFor("incoming");
});
afterAll(() => h.close());

const tables = [frenchTestSessions, frenchTestRegistrations];
const sitting = (capacity: number) => h.call("POST", "/french-tests/sessions", { token, body: { date: "2026-09-03", startTime: "09:30", room: "Amphi 2", capacity } });

describe("French placement tests", () => {
  it("schedules a sitting, registers students within its seats, records CEFR results and places them in a group", async () => {
    const session = await sitting(2);
    expect(session.status).toBe(201);
    expect(session.json).toMatchObject({ room: "Amphi 2", capacity: 2, registered: 0, version: 1 });
    const [wang, li, chen] = await Promise.all([insertStudent(h, "CHINESE", "Wang"), insertStudent(h, "LAW", "Li"), insertStudent(h, "CHINESE", "Chen")]);
    const first = await h.call("POST", `/french-tests/sessions/${session.json.id}/registrations`, { token, body: { studentId: wang } });
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ studentId: wang, lastName: "Wang", level: null, groupCode: null, version: 1 });
    const twice = await h.call("POST", `/french-tests/sessions/${session.json.id}/registrations`, { token, body: { studentId: wang } });
    expect(twice.status).toBe(409);
    expect(twice.json.code).toBe("duplicate");
    expect((await h.call("POST", `/french-tests/sessions/${session.json.id}/registrations`, { token, body: { studentId: li } })).status).toBe(201);
    const full = await h.call("POST", `/french-tests/sessions/${session.json.id}/registrations`, { token, body: { studentId: chen } });
    expect(full.status).toBe(409);
    expect(full.json.code).toBe("conflict");

    const result = await h.call("PUT", `/french-tests/registrations/${first.json.id}/result`, { token, body: { version: 1, level: "B1" } });
    expect(result.status).toBe(200);
    expect(result.json).toMatchObject({ level: "B1", groupCode: "FLE-INT", version: 2 });
    const stale = await h.call("PUT", `/french-tests/registrations/${first.json.id}/result`, { token, body: { version: 1, level: "C1" } });
    expect(stale.json.code).toBe("stale_version");
    const advanced = await h.call("PUT", `/french-tests/registrations/${first.json.id}/result`, { token, body: { version: 2, level: "C1" } });
    expect(advanced.json.groupCode).toBe("FLE-AV");

    const detail = await h.call("GET", `/french-tests/sessions/${session.json.id}`, { token });
    expect(detail.json.registered).toBe(2);
    expect(detail.json.registrations.map((r: { lastName: string }) => r.lastName)).toEqual(["Li", "Wang"]);
    const listed = (await h.call("GET", "/french-tests/sessions", { token })).json.find((s: { id: string }) => s.id === session.json.id);
    expect(listed.registered).toBe(2);

    const moved = await h.call("PUT", `/french-tests/sessions/${session.json.id}`, { token, body: { version: 1, date: "2026-09-04", startTime: "14:00", room: "B 105", capacity: 3 } });
    expect(moved.status).toBe(200);
    expect(moved.json).toMatchObject({ version: 2, room: "B 105", capacity: 3 });
    expect((await h.call("PUT", `/french-tests/sessions/${session.json.id}`, { token, body: { version: 1, date: "2026-09-04", startTime: "14:00", room: "B 105", capacity: 3 } })).json.code).toBe("stale_version");
  });

  it("prints the level certificate in French and in English", async () => {
    const session = await sitting(5);
    const studentId = await insertStudent(h, "LAW", "Nakamura");
    const registration = await h.call("POST", `/french-tests/sessions/${session.json.id}/registrations`, { token, body: { studentId } });
    const noResult = await h.request(`/french-tests/registrations/${registration.json.id}/certificate`, { headers: { authorization: `Bearer ${token}` } });
    expect(noResult.status).toBe(409);
    await h.call("PUT", `/french-tests/registrations/${registration.json.id}/result`, { token, body: { version: 1, level: "A2" } });
    const text = async (lang: string) => {
      const pdf = await h.request(`/french-tests/registrations/${registration.json.id}/certificate?lang=${lang}`, { headers: { authorization: `Bearer ${token}` } });
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get("content-type")).toBe("application/pdf");
      return (await pdfText(new Uint8Array(await pdf.arrayBuffer()))).join(" ");
    };
    const fr = await text("fr");
    expect(fr).toContain("Attestation de niveau en français");
    expect(fr).toContain("NAKAMURA Lena");
    expect(fr).toContain("Niveau CECRL");
    expect(fr).toContain("FLE débutant");
    const en = await text("en");
    expect(en).toContain("French language level certificate");
    expect(en).toContain("CEFR level");
    expect(en).toContain("French beginners");
    const coordinator = await h.tokenFor("coordinator", ["CHINESE"]);
    const refused = await h.request(`/french-tests/registrations/${registration.json.id}/certificate?lang=en`, { headers: { authorization: `Bearer ${coordinator}` } });
    expect(refused.status).toBe(403);
    expect((await h.request(`/french-tests/registrations/${registration.json.id}/certificate?lang=de`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(400);
  });

  it("never registers more students than seats when they register at once", async () => {
    const session = await sitting(3);
    const studentIds = await Promise.all([1, 2, 3, 4, 5, 6].map(() => insertStudent(h)));
    const answers = await Promise.all(studentIds.map((studentId) => h.call("POST", `/french-tests/sessions/${session.json.id}/registrations`, { token, body: { studentId } })));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(3);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(3);
    expect((await h.call("GET", `/french-tests/sessions/${session.json.id}`, { token })).json.registered).toBe(3);
  });

  it("refuses bad input naming the field, an unknown CEFR level, callers without the role, writing nothing", async () => {
    const session = await sitting(1);
    const studentId = await insertStudent(h, "LAW");
    const registration = await h.call("POST", `/french-tests/sessions/${session.json.id}/registrations`, { token, body: { studentId } });
    const before = await snapshot(h, tables);
    const badSitting = await h.call("POST", "/french-tests/sessions", { token, body: { date: "2026-13-01", startTime: "25:00", room: " ", capacity: 0 } });
    expect(badSitting.status).toBe(400);
    expect(paths(badSitting.json)).toEqual(["body.capacity", "body.date", "body.room", "body.startTime"]);
    const unknownLevel = await h.call("PUT", `/french-tests/registrations/${registration.json.id}/result`, { token, body: { version: 1, level: "D1" } });
    expect(unknownLevel.status).toBe(400);
    expect(paths(unknownLevel.json)).toEqual(["body.level"]);
    const unknownStudent = await h.call("POST", `/french-tests/sessions/${session.json.id}/registrations`, { token, body: { studentId: NO_SUCH_ID } });
    expect(paths(unknownStudent.json)).toEqual(["body.studentId"]);
    const shrink = await h.call("PUT", `/french-tests/sessions/${session.json.id}`, { token, body: { version: 1, date: "2026-09-03", startTime: "09:30", room: "Amphi 2", capacity: 0 } });
    expect(paths(shrink.json)).toEqual(["body.capacity"]);
    expect((await h.call("GET", `/french-tests/sessions/${NO_SUCH_ID}`, { token })).status).toBe(404);

    expect((await h.call("GET", "/french-tests/sessions")).status).toBe(401);
    expect((await h.call("GET", "/french-tests/sessions", { token: await h.tokenFor("outgoing") })).status).toBe(403);
    const coordinator = await h.tokenFor("coordinator", ["LAW"]);
    expect((await h.call("POST", "/french-tests/sessions", { token: coordinator, body: { date: "2026-09-03", startTime: "09:30", room: "A", capacity: 3 } })).status).toBe(403);
    expect((await h.call("PUT", `/french-tests/registrations/${registration.json.id}/result`, { token: coordinator, body: { version: 1, level: "B2" } })).status).toBe(403);
    for (const role of ["leadership", "analyst", "erasmus"]) {
      expect((await h.call("POST", `/french-tests/sessions/${session.json.id}/registrations`, { token: await h.tokenFor(role), body: { studentId } })).status).toBe(403);
    }
    expect(await snapshot(h, tables)).toEqual(before);
    const otherDepartment = await h.tokenFor("coordinator", ["CHINESE"]);
    expect((await h.call("GET", `/french-tests/sessions/${session.json.id}`, { token: otherDepartment })).json.registrations).toEqual([]);
    expect((await h.call("GET", `/french-tests/sessions/${session.json.id}`, { token: coordinator })).json.registrations).toHaveLength(1);
  });
  it("withdraws a registration: the seat is free again, the trail keeps it, a result or a stale version blocks it", async () => {
    const session = await sitting(1);
    const [kim, park] = await Promise.all([insertStudent(h, "CHINESE", "Kim"), insertStudent(h, "LAW", "Park")]);
    const registration = await h.call("POST", `/french-tests/sessions/${session.json.id}/registrations`, { token, body: { studentId: kim } });
    expect((await h.call("POST", `/french-tests/sessions/${session.json.id}/registrations`, { token, body: { studentId: park } })).status).toBe(409);

    const stale = await h.call("POST", `/french-tests/registrations/${registration.json.id}/withdraw`, { token, body: { version: 2 } });
    expect(stale.status).toBe(409);
    expect(stale.json.code).toBe("stale_version");
    const withdrawn = await h.call("POST", `/french-tests/registrations/${registration.json.id}/withdraw`, { token, body: { version: 1 } });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.json).toMatchObject({ id: session.json.id, capacity: 1, registered: 0 });
    const [trail] = await h.db.select().from(audit).where(and(eq(audit.action, "withdraw"), eq(audit.entityId, registration.json.id)));
    expect(trail!.before).toMatchObject({ studentId: kim, sessionId: session.json.id });
    expect((await h.call("POST", `/french-tests/registrations/${registration.json.id}/withdraw`, { token, body: { version: 1 } })).status).toBe(404);

    const freed = await h.call("POST", `/french-tests/sessions/${session.json.id}/registrations`, { token, body: { studentId: park } });
    expect(freed.status).toBe(201);
    await h.call("PUT", `/french-tests/registrations/${freed.json.id}/result`, { token, body: { version: 1, level: "B2" } });
    const sat = await h.call("POST", `/french-tests/registrations/${freed.json.id}/withdraw`, { token, body: { version: 2 } });
    expect(sat.status).toBe(409);
    expect(sat.json.code).toBe("conflict");
    expect((await h.call("GET", `/french-tests/sessions/${session.json.id}`, { token })).json.registered).toBe(1);
  });

  it("refuses a withdrawal with bad input or from callers without the role, writing nothing", async () => {
    const session = await sitting(2);
    const studentId = await insertStudent(h, "LAW");
    const registration = await h.call("POST", `/french-tests/sessions/${session.json.id}/registrations`, { token, body: { studentId } });
    const path = `/french-tests/registrations/${registration.json.id}/withdraw`;
    const before = await snapshot(h, tables);
    const noVersion = await h.call("POST", path, { token, body: {} });
    expect(noVersion.status).toBe(400);
    expect(paths(noVersion.json)).toEqual(["body.version"]);
    expect(paths((await h.call("POST", path, { token, body: { version: "one" } })).json)).toEqual(["body.version"]);
    expect((await h.call("POST", "/french-tests/registrations/not-an-id/withdraw", { token, body: { version: 1 } })).status).toBe(400);
    expect((await h.call("POST", `/french-tests/registrations/${NO_SUCH_ID}/withdraw`, { token, body: { version: 1 } })).status).toBe(404);
    expect((await h.call("POST", path, { body: { version: 1 } })).status).toBe(401);
    for (const role of ["leadership", "analyst", "erasmus", "outgoing"]) {
      expect((await h.call("POST", path, { token: await h.tokenFor(role), body: { version: 1 } })).status).toBe(403);
    }
    expect((await h.call("POST", path, { token: await h.tokenFor("coordinator", ["LAW"]), body: { version: 1 } })).status).toBe(403);
    expect(await snapshot(h, tables)).toEqual(before);
  });
});
