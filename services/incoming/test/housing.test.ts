import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { allocations, audit, housingRequests, residences, rooms } from "../src/db/schema/index";
import { paths, startIncoming, type Harness } from "./harness";
import { insertStudent, NO_SUCH_ID, snapshot } from "./life-fixtures";

let h: Harness;
let token: string;
beforeAll(async () => {
  h = await startIncoming({ now: () => new Date("2026-10-01T10:00:00Z") });
  token = await h.tokenFor("incoming");
});
afterAll(() => h.close());

const tables = [residences, rooms, housingRequests, allocations];
let residenceCounter = 0;

async function residenceWithRoom(capacity: number) {
  residenceCounter += 1;
  const residence = await h.call("POST", "/housing/residences", { token, body: { name: `Résidence Jean Zay ${residenceCounter}`, address: "12 rue des Écoles, Paris" } });
  expect(residence.status).toBe(201);
  const room = await h.call("POST", `/housing/residences/${residence.json.id}/rooms`, {
    token,
    body: { number: "A101", capacity, rentCents: 45000, availableFrom: "2026-09-01", availableTo: "2027-06-30" },
  });
  expect(room.status).toBe(201);
  return { residenceId: residence.json.id as string, roomId: room.json.id as string, roomVersion: room.json.version as number };
}

async function waitingRequest(department = "CHINESE", period = { from: "2026-09-01", to: "2027-01-31" }) {
  const studentId = await insertStudent(h, department);
  const request = await h.call("POST", "/housing/requests", { token, body: { studentId, maxRentCents: 50000, ...period } });
  expect(request.status).toBe(201);
  return { studentId, requestId: request.json.id as string };
}

describe("housing", () => {
  it("allocates beds up to the room's capacity, shows occupancy and the waiting list, cancels to free a bed", async () => {
    const { residenceId, roomId } = await residenceWithRoom(2);
    const first = await waitingRequest();
    const second = await waitingRequest("LAW");
    const third = await waitingRequest();
    const list = await h.call("GET", "/housing/requests?status=waiting", { token });
    const mine = list.json.filter((r: { id: string }) => [first.requestId, second.requestId, third.requestId].includes(r.id));
    expect(mine.map((r: { position: number }) => r.position)).toEqual([...mine.map((r: { position: number }) => r.position)].sort((a, b) => a - b));
    expect(new Set(mine.map((r: { position: number }) => r.position)).size).toBe(3);

    const a1 = await h.call("POST", "/housing/allocations", { token, body: { requestId: first.requestId, roomId, from: "2026-09-01", to: "2027-01-31" } });
    expect(a1.status).toBe(201);
    expect(a1.json).toMatchObject({ status: "active", roomNumber: "A101", studentId: first.studentId, version: 1 });
    const [trail] = await h.db.select().from(audit).where(and(eq(audit.entity, "allocation"), eq(audit.entityId, a1.json.id)));
    expect(trail).toMatchObject({ action: "allocate", actor: expect.stringContaining("@") });
    const a2 = await h.call("POST", "/housing/allocations", { token, body: { requestId: second.requestId, roomId, from: "2026-09-15", to: "2026-12-20" } });
    expect(a2.status).toBe(201);

    const full = await h.call("POST", "/housing/allocations", { token, body: { requestId: third.requestId, roomId, from: "2026-12-01", to: "2027-01-15" } });
    expect(full.status).toBe(409);
    expect(full.json.code).toBe("conflict");
    // After the second leaves on 20 December, one bed is free.
    const later = await h.call("POST", "/housing/allocations", { token, body: { requestId: third.requestId, roomId, from: "2026-12-21", to: "2027-01-15" } });
    expect(later.status).toBe(201);

    const residencesList = await h.call("GET", "/housing/residences?on=2026-10-01", { token });
    const room = residencesList.json.find((r: { id: string }) => r.id === residenceId).rooms[0];
    expect(room).toMatchObject({ capacity: 2, occupied: 2 });
    const waiting = await h.call("GET", "/housing/requests?status=waiting", { token });
    expect(waiting.json.find((r: { id: string }) => r.id === first.requestId)).toBeUndefined();
    const allocated = await h.call("GET", `/housing/allocations?residenceId=${residenceId}&status=active`, { token });
    expect(allocated.json).toHaveLength(3);

    const stale = await h.call("POST", `/housing/allocations/${a2.json.id}/cancel`, { token, body: { version: 7 } });
    expect(stale.status).toBe(409);
    expect(stale.json.code).toBe("stale_version");
    const cancelled = await h.call("POST", `/housing/allocations/${a2.json.id}/cancel`, { token, body: { version: 1 } });
    expect(cancelled.status).toBe(200);
    expect(cancelled.json.status).toBe("cancelled");
    const back = (await h.call("GET", "/housing/requests?status=waiting", { token })).json.find((r: { id: string }) => r.id === second.requestId);
    expect(back.position).toBeGreaterThanOrEqual(1);
    const occupancy = (await h.call("GET", "/housing/residences?on=2026-10-01", { token })).json.find((r: { id: string }) => r.id === residenceId).rooms[0];
    expect(occupancy.occupied).toBe(1);
    expect((await h.call("POST", `/housing/allocations/${a2.json.id}/cancel`, { token, body: { version: 2 } })).status).toBe(409);
  });

  it("gives the last bed to exactly one of several staff allocating it at once", async () => {
    const { roomId } = await residenceWithRoom(1);
    const requests = await Promise.all([1, 2, 3, 4].map(() => waitingRequest()));
    const [tokenA, tokenB] = await Promise.all([h.tokenFor("incoming"), h.tokenFor("admin")]);
    const answers = await Promise.all(
      requests.map((r, i) => h.call("POST", "/housing/allocations", { token: i % 2 ? tokenA : tokenB, body: { requestId: r.requestId, roomId, from: "2026-10-01", to: "2026-12-31" } })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409]);
    const active = await h.call("GET", "/housing/allocations?status=active", { token });
    expect(active.json.filter((a: { roomId: string }) => a.roomId === roomId)).toHaveLength(1);
    const mine = (query: string) => h.call("GET", `/housing/allocations?status=active&endingFrom=${query}`, { token }).then((r) => r.json.filter((a: { roomId: string }) => a.roomId === roomId));
    expect(await mine("2026-12-31")).toHaveLength(1);
    expect(await mine("2027-01-01")).toHaveLength(0);
    const bad = await h.call("GET", "/housing/allocations?endingFrom=2026-13-01", { token });
    expect(bad.status).toBe(400);
    expect(paths(bad.json)).toEqual(["query.endingFrom"]);
  });

  it("refuses dates outside the room's availability, a second bed for the student, unknown ids, naming the field and writing nothing", async () => {
    const { roomId, roomVersion } = await residenceWithRoom(3);
    const { requestId, studentId } = await waitingRequest();
    const before = await snapshot(h, tables);
    const cases: Array<[unknown, number, string[]]> = [
      [{ requestId, roomId, from: "2026-08-01", to: "2026-12-31" }, 400, ["body.from"]],
      [{ requestId, roomId, from: "2026-09-01", to: "2027-07-31" }, 400, ["body.to"]],
      [{ requestId, roomId, from: "2026-12-01", to: "2026-11-01" }, 400, ["body.to"]],
      [{ requestId, roomId: NO_SUCH_ID, from: "2026-09-01", to: "2026-12-31" }, 400, ["body.roomId"]],
      [{ requestId: NO_SUCH_ID, roomId, from: "2026-09-01", to: "2026-12-31" }, 400, ["body.requestId"]],
      [{ requestId, roomId, from: "2026-02-30", to: "someday" }, 400, ["body.from", "body.to"]],
    ];
    for (const [body, status, fields] of cases) {
      const answer = await h.call("POST", "/housing/allocations", { token, body });
      expect(answer.status).toBe(status);
      expect([...new Set(paths(answer.json))]).toEqual(fields);
    }
    const badRoom = await h.call("POST", `/housing/residences/${NO_SUCH_ID}/rooms`, { token, body: { number: "", capacity: 0, rentCents: -1, availableFrom: "2026-09-01", availableTo: "2026-08-01" } });
    expect(paths(badRoom.json)).toEqual(["body.capacity", "body.number", "body.rentCents"]);
    const upsideDown = await h.call("PUT", `/housing/rooms/${roomId}`, { token, body: { version: roomVersion, number: "A101", capacity: 3, rentCents: 1, availableFrom: "2026-09-01", availableTo: "2026-08-01" } });
    expect(paths(upsideDown.json)).toEqual(["body.availableTo"]);
    const badRequest = await h.call("POST", "/housing/requests", { token, body: { studentId: NO_SUCH_ID, from: "2026-09-01", to: "2026-12-01" } });
    expect(paths(badRequest.json)).toEqual(["body.studentId"]);
    const twice = await h.call("POST", "/housing/requests", { token, body: { studentId, from: "2026-09-01", to: "2026-12-01" } });
    expect(twice.status).toBe(409);
    expect(await snapshot(h, tables)).toEqual(before);

    // One active bed per student per period: after a first allocation, a new request cannot overlap it.
    expect((await h.call("POST", "/housing/allocations", { token, body: { requestId, roomId, from: "2026-09-01", to: "2026-12-31" } })).status).toBe(201);
    const again = await h.call("POST", "/housing/requests", { token, body: { studentId, from: "2026-12-01", to: "2027-02-01" } });
    expect(again.status).toBe(201);
    const overlap = await h.call("POST", "/housing/allocations", { token, body: { requestId: again.json.id, roomId, from: "2026-12-01", to: "2027-02-01" } });
    expect(overlap.status).toBe(409);
    expect(overlap.json.detail).toContain("already has a bed");

    // The room cannot shrink below the beds allocated at once, nor its dates exclude an active allocation.
    const shrink = await h.call("PUT", `/housing/rooms/${roomId}`, { token, body: { version: roomVersion, number: "A101", capacity: 3, rentCents: 45000, availableFrom: "2026-10-01", availableTo: "2027-06-30" } });
    expect(paths(shrink.json)).toEqual(["body.availableFrom"]);
    const changed = await h.call("PUT", `/housing/rooms/${roomId}`, { token, body: { version: roomVersion, number: "A101", capacity: 1, rentCents: 47000, availableFrom: "2026-09-01", availableTo: "2027-06-30" } });
    expect(changed.status).toBe(200);
    expect(changed.json).toMatchObject({ version: roomVersion + 1, rentCents: 47000 });
    const stale = await h.call("PUT", `/housing/rooms/${roomId}`, { token, body: { version: roomVersion, number: "A101", capacity: 2, rentCents: 47000, availableFrom: "2026-09-01", availableTo: "2027-06-30" } });
    expect(stale.json.code).toBe("stale_version");
  });

  it("lets coordinators read their departments' requests and allocations only, and write nothing", async () => {
    const { roomId } = await residenceWithRoom(2);
    const chinese = await waitingRequest("CHINESE");
    const law = await waitingRequest("LAW");
    const coordinator = await h.tokenFor("coordinator", ["LAW"]);
    const seen = await h.call("GET", "/housing/requests", { token: coordinator });
    expect(seen.status).toBe(200);
    const ids = seen.json.map((r: { id: string }) => r.id);
    expect(ids).toContain(law.requestId);
    expect(ids).not.toContain(chinese.requestId);
    expect(seen.json.every((r: { department: string }) => r.department === "LAW")).toBe(true);
    const before = await snapshot(h, tables);
    expect((await h.call("POST", "/housing/allocations", { token: coordinator, body: { requestId: law.requestId, roomId, from: "2026-10-01", to: "2026-12-31" } })).status).toBe(403);
    expect((await h.call("POST", "/housing/residences", { token: coordinator, body: { name: "X", address: "Y" } })).status).toBe(403);
    expect((await h.call("GET", "/housing/residences")).status).toBe(401);
    expect((await h.call("POST", "/housing/requests", { body: { studentId: law.studentId, from: "2026-10-01", to: "2026-12-31" } })).status).toBe(401);
    for (const role of ["leadership", "analyst", "erasmus", "outgoing"]) {
      expect((await h.call("POST", `/housing/requests/${law.requestId}/withdraw`, { token: await h.tokenFor(role), body: { version: 1 } })).status).toBe(403);
    }
    expect((await h.call("GET", "/housing/allocations", { token: await h.tokenFor("outgoing") })).status).toBe(403);
    expect(await snapshot(h, tables)).toEqual(before);
    const withdrawn = await h.call("POST", `/housing/requests/${law.requestId}/withdraw`, { token, body: { version: 1 } });
    expect(withdrawn.json).toMatchObject({ status: "withdrawn", position: null });
  });
  it("withdraws a waiting request: the requests behind it move up the list, and only a waiting request can go", async () => {
    const first = await waitingRequest();
    const second = await waitingRequest("LAW");
    const third = await waitingRequest();
    const positions = async () => {
      const list = (await h.call("GET", "/housing/requests?status=waiting", { token })).json as Array<{ id: string; position: number }>;
      return Object.fromEntries(list.map((r) => [r.id, r.position]));
    };
    const before = await positions();
    const withdrawn = await h.call("POST", `/housing/requests/${second.requestId}/withdraw`, { token, body: { version: 1 } });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.json).toMatchObject({ status: "withdrawn", position: null, version: 2 });
    const after = await positions();
    expect(after[second.requestId]).toBeUndefined();
    expect(after[first.requestId]).toBe(before[first.requestId]);
    expect(after[third.requestId]).toBe(before[third.requestId]! - 1);
    const [trail] = await h.db.select().from(audit).where(and(eq(audit.action, "withdraw"), eq(audit.entityId, second.requestId)));
    expect(trail!.after).toMatchObject({ status: "withdrawn" });

    expect((await h.call("POST", `/housing/requests/${second.requestId}/withdraw`, { token, body: { version: 2 } })).json.code).toBe("conflict");
    const stale = await h.call("POST", `/housing/requests/${first.requestId}/withdraw`, { token, body: { version: 3 } });
    expect(stale.json.code).toBe("stale_version");
    // Off the list, the student can ask again.
    expect((await h.call("POST", "/housing/requests", { token, body: { studentId: second.studentId, from: "2026-09-01", to: "2027-01-31" } })).status).toBe(201);
  });

  it("refuses a withdrawal with bad input, writing nothing", async () => {
    const { requestId } = await waitingRequest();
    const before = await snapshot(h, tables);
    const noVersion = await h.call("POST", `/housing/requests/${requestId}/withdraw`, { token, body: {} });
    expect(noVersion.status).toBe(400);
    expect(paths(noVersion.json)).toEqual(["body.version"]);
    expect(paths((await h.call("POST", `/housing/requests/${requestId}/withdraw`, { token, body: { version: 0 } })).json)).toEqual(["body.version"]);
    expect((await h.call("POST", `/housing/requests/${NO_SUCH_ID}/withdraw`, { token, body: { version: 1 } })).status).toBe(404);
    expect((await h.call("POST", "/housing/requests/x/withdraw", { token, body: { version: 1 } })).status).toBe(400);
    expect((await h.call("POST", `/housing/requests/${requestId}/withdraw`, { body: { version: 1 } })).status).toBe(401);
    expect(await snapshot(h, tables)).toEqual(before);
  });
});
