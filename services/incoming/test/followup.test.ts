import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { audit, students } from "../src/db/schema/index";
import { admittedStudent, pdfOf, tableCounts } from "./admission-fixtures";
import { paths, startIncoming, type Harness } from "./harness";

let h: Harness;
beforeAll(async () => {
  h = await startIncoming({ now: () => new Date("2026-09-10T10:00:00Z") });
});
afterAll(() => h.close());

describe("arrival, departure and certificates", () => {
  it("records arrival then departure and serves the certificates in French and English", async () => {
    const student = await admittedStudent(h);
    const token = await h.tokenFor("incoming");
    expect((await pdfOf(h, `/students/${student.id}/certificate?kind=arrival`, token)).status).toBe(409);
    const arrived = await h.call("POST", `/students/${student.id}/arrival`, { token, body: { version: student.version, date: "2026-09-03" } });
    expect(arrived.json).toMatchObject({ status: "arrived", actualArrival: "2026-09-03" });
    const arrival = await pdfOf(h, `/students/${student.id}/certificate?kind=arrival&lang=fr`, token);
    expect(arrival.text).toContain("Attestation d'arrivée");
    expect(arrival.text).toContain("2026-09-03");
    expect((await pdfOf(h, `/students/${student.id}/certificate?kind=attendance`, token)).status).toBe(409);

    const backwards = await h.call("POST", `/students/${student.id}/departure`, { token, body: { version: arrived.json.version, date: "2026-09-01" } });
    expect(paths(backwards.json)).toEqual(["body.date"]);
    const departed = await h.call("POST", `/students/${student.id}/departure`, { token, body: { version: arrived.json.version, date: "2027-01-28" } });
    expect(departed.json).toMatchObject({ status: "departed", actualDeparture: "2027-01-28" });
    const [row] = await h.db.select().from(audit).where(and(eq(audit.action, "depart"), eq(audit.entityId, student.id)));
    expect(row!.after).toMatchObject({ status: "departed" });
    const fr = await pdfOf(h, `/students/${student.id}/certificate?lang=fr`, await h.tokenFor("coordinator", ["CHINESE"]));
    expect(fr.text).toContain("Attestation de présence");
    expect(fr.text).toContain("du 2026-09-03 au 2027-01-28");
    const en = await pdfOf(h, `/students/${student.id}/certificate?lang=en`, token);
    expect(en.text).toContain("Certificate of attendance");
    expect(en.text).toContain("from 2026-09-03 to 2027-01-28");
    expect((await pdfOf(h, `/students/${student.id}/certificate`, await h.tokenFor("coordinator", ["LAW"]))).status).toBe(403);
  });

  it("refuses out-of-order, stale, malformed and unauthorised arrivals, writing nothing", async () => {
    const student = await admittedStudent(h);
    const token = await h.tokenFor("incoming");
    const before = await tableCounts(h);
    expect(new Set(paths((await h.call("POST", `/students/${student.id}/arrival`, { token, body: { version: student.version, date: "3 Sept" } })).json))).toEqual(new Set(["body.date"]));
    expect((await h.call("POST", `/students/${student.id}/arrival`, { token, body: { version: student.version - 1, date: "2026-09-03" } })).json.code).toBe("stale_version");
    expect((await h.call("POST", `/students/${student.id}/departure`, { token, body: { version: student.version, date: "2026-09-03" } })).status).toBe(409);
    expect((await h.call("POST", `/students/${student.id}/arrival`, { body: { version: student.version, date: "2026-09-03" } })).status).toBe(401);
    expect((await h.call("POST", `/students/${student.id}/arrival`, { token: await h.tokenFor("leadership"), body: { version: student.version, date: "2026-09-03" } })).status).toBe(403);
    expect(await tableCounts(h)).toEqual(before);
  });
});

describe("difficulty notes", () => {
  it("are written, read, rewritten and deleted by the team and the host department's coordinator only", async () => {
    const student = await admittedStudent(h, { department: "LAW" });
    const coordinator = await h.tokenFor("coordinator", ["LAW"]);
    const created = await h.call("POST", `/students/${student.id}/difficulties`, { token: coordinator, body: { text: "Housing problem, sleeping at a friend's" } });
    expect(created.status).toBe(201);
    const team = await h.tokenFor("incoming");
    const list = await h.call("GET", `/students/${student.id}/difficulties`, { token: team });
    expect(list.json.items.map((n: { text: string }) => n.text)).toEqual(["Housing problem, sleeping at a friend's"]);
    const [row] = await h.db.select().from(audit).where(and(eq(audit.entity, "difficulty_note"), eq(audit.entityId, created.json.id)));
    expect(JSON.stringify(row!.after)).not.toContain("Housing");

    const before = await tableCounts(h);
    for (const role of ["leadership", "analyst", "erasmus"]) {
      expect((await h.call("GET", `/students/${student.id}/difficulties`, { token: await h.tokenFor(role) })).status).toBe(403);
    }
    const otherCoordinator = await h.tokenFor("coordinator", ["CHINESE"]);
    expect((await h.call("GET", `/students/${student.id}/difficulties`, { token: otherCoordinator })).json.code).toBe("out_of_scope");
    expect((await h.call("POST", `/students/${student.id}/difficulties`, { token: otherCoordinator, body: { text: "x" } })).status).toBe(403);
    expect((await h.call("POST", `/students/${student.id}/difficulties`, { body: { text: "x" } })).status).toBe(401);
    expect(paths((await h.call("POST", `/students/${student.id}/difficulties`, { token: team, body: { text: "  " } })).json)).toEqual(["body.text"]);
    expect((await h.call("PATCH", `/students/${student.id}/difficulties/${created.json.id}`, { token: team, body: { version: 2, text: "Solved" } })).json.code).toBe("stale_version");
    expect((await h.call("DELETE", `/students/${student.id}/difficulties/${created.json.id}?version=2`, { token: team })).json.code).toBe("stale_version");
    expect(await tableCounts(h)).toEqual(before);

    const rewritten = await h.call("PATCH", `/students/${student.id}/difficulties/${created.json.id}`, { token: team, body: { version: 1, text: "Solved: room in residence" } });
    expect(rewritten.json).toMatchObject({ version: 2, text: "Solved: room in residence" });
    expect((await h.call("DELETE", `/students/${student.id}/difficulties/${created.json.id}?version=2`, { token: coordinator })).status).toBe(204);
    expect((await h.call("GET", `/students/${student.id}/difficulties`, { token: team })).json.items).toEqual([]);
  });
});

describe("presence dashboard", () => {
  it("shows who is here and who arrives within 30 days, by department, scoped for coordinators", async () => {
    await h.db.delete(students);
    const token = await h.tokenFor("incoming");
    const here = await admittedStudent(h, { department: "LAW", lastName: "Here" });
    await h.call("POST", `/students/${here.id}/arrival`, { token, body: { version: here.version, date: "2026-09-01" } });
    const gone = await admittedStudent(h, { department: "LAW", lastName: "Gone" });
    const goneArrived = await h.call("POST", `/students/${gone.id}/arrival`, { token, body: { version: gone.version, date: "2026-09-01" } });
    await h.call("POST", `/students/${gone.id}/departure`, { token, body: { version: goneArrived.json.version, date: "2026-09-05" } });
    await admittedStudent(h, { department: "CHINESE", lastName: "Soon", plannedArrival: "2026-10-01", plannedDeparture: "2027-02-01" });
    await admittedStudent(h, { department: "CHINESE", lastName: "Later", plannedArrival: "2026-11-15", plannedDeparture: "2027-02-01" });

    const all = await h.call("GET", "/dashboard/presence", { token: await h.tokenFor("leadership") });
    expect(all.status).toBe(200);
    expect(all.json.today).toBe("2026-09-10");
    expect(all.json.present.map((s: { lastName: string }) => s.lastName)).toEqual(["Here"]);
    expect(all.json.arrivingSoon.map((s: { lastName: string }) => s.lastName)).toEqual(["Soon"]);
    expect(all.json.byDepartment).toEqual([
      { department: "CHINESE", present: 0, arriving: 1 },
      { department: "LAW", present: 1, arriving: 0 },
    ]);
    const scoped = await h.call("GET", "/dashboard/presence", { token: await h.tokenFor("coordinator", ["CHINESE"]) });
    expect(scoped.json.present).toEqual([]);
    expect(scoped.json.byDepartment).toEqual([{ department: "CHINESE", present: 0, arriving: 1 }]);
    expect((await h.call("GET", "/dashboard/presence")).status).toBe(401);
    expect((await h.call("GET", "/dashboard/presence", { token: await h.tokenFor("outgoing") })).status).toBe(403);
  });
});
