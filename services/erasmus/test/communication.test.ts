import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectGuarded } from "@orbis/test-kit/access-matrix";
import { readCsv } from "@orbis/documents/tables";
import { asTeam, infoSession, NOW } from "./fixtures-b";
import { paths, startErasmus, type Harness } from "./harness";

const ID = "00000000-0000-4000-8000-000000000003";
let h: Harness;
let team: Awaited<ReturnType<typeof asTeam>>;
beforeAll(async () => {
  h = await startErasmus({ now: () => NOW });
  team = await asTeam(h);
});
afterAll(() => h.close());

const person = (n: number) => ({ name: `Étudiant ${n}`, email: `etudiant${n}@orbis.test` });

describe("events", () => {
  it("guards every route: 401 without a token, 403 to other roles", async () => {
    await expectGuarded(h, [
      { method: "GET", path: "/events", wrongRole: "outgoing" },
      { method: "POST", path: "/events", body: infoSession(), wrongRole: "leadership" },
      { method: "GET", path: `/events/${ID}`, wrongRole: "incoming" },
      { method: "PATCH", path: `/events/${ID}`, body: { version: 1 }, wrongRole: "analyst" },
      { method: "GET", path: `/events/${ID}/registrations`, wrongRole: "agreements" },
      { method: "POST", path: `/events/${ID}/registrations`, body: person(0), wrongRole: "analyst" },
      { method: "PATCH", path: `/event-registrations/${ID}`, body: { version: 1, attended: true }, wrongRole: "leadership" },
      { method: "GET", path: `/events/${ID}/attendees`, wrongRole: "coordinator" },
    ]);
  });

  it("confirms within capacity, puts the rest on the waiting list and moves it up when a seat frees", async () => {
    const { json: event } = await team("POST", "/events", infoSession());
    const r = [];
    for (let n = 1; n <= 4; n++) r.push((await team("POST", `/events/${event.id}/registrations`, person(n))).json);
    expect(r.map((x) => [x.status, x.waitingPosition])).toEqual([["registered", null], ["registered", null], ["waiting", 1], ["waiting", 2]]);
    expect((await team("POST", `/events/${event.id}/registrations`, { ...person(1), email: "ETUDIANT1@orbis.test" })).status).toBe(409);
    const cancelled = await team("PATCH", `/event-registrations/${r[0].id}`, { version: 1, status: "cancelled" });
    expect(cancelled.json.status).toBe("cancelled");
    const list = (await team("GET", `/events/${event.id}/registrations`)).json.items;
    expect(list.map((x: { email: string; status: string }) => `${x.email}:${x.status}`)).toEqual([
      "etudiant2@orbis.test:registered",
      "etudiant3@orbis.test:registered",
      "etudiant4@orbis.test:waiting",
      "etudiant1@orbis.test:cancelled",
    ]);
    const bigger = await team("PATCH", `/events/${event.id}`, { version: 1, capacity: 3 });
    expect(bigger.json).toMatchObject({ capacity: 3, registered: 3, waiting: 0 });
  });

  it("records attendance and exports the attendees as CSV and XLSX", async () => {
    const { json: event } = await team("POST", "/events", infoSession({ title: "Erasmus Days 2026", kind: "erasmus-days", capacity: 1 }));
    const first = (await team("POST", `/events/${event.id}/registrations`, person(7))).json;
    const waiting = (await team("POST", `/events/${event.id}/registrations`, person(8))).json;
    expect((await team("PATCH", `/event-registrations/${waiting.id}`, { version: 1, attended: true })).status).toBe(409);
    expect((await team("PATCH", `/event-registrations/${first.id}`, { version: 1, attended: true })).json.attended).toBe(true);
    expect((await team("PATCH", `/event-registrations/${first.id}`, { version: 1, attended: false })).status).toBe(409);
    expect(paths((await team("PATCH", `/event-registrations/${first.id}`, { version: 2 })).json)).toEqual(["body.attended"]);
    const csv = await team("GET", `/events/${event.id}/attendees`);
    expect(csv.contentType).toContain("text/csv");
    const table = readCsv(csv.json as string);
    expect(table.rows).toHaveLength(1);
    expect(Object.values(table.rows[0]!)).toContain("etudiant7@orbis.test");
    const xlsx = await h.request(`/events/${event.id}/attendees?format=xlsx`, { headers: { authorization: `Bearer ${await h.tokenFor("leadership")}` } });
    expect(xlsx.headers.get("content-type")).toContain("spreadsheetml");
    expect((await h.call("GET", `/events/${event.id}/attendees?format=pdf`, { token: await h.tokenFor("erasmus") })).status).toBe(400);
    const events = (await team("GET", "/events?when=upcoming")).json;
    expect(events.items.find((e: { id: string }) => e.id === event.id)).toMatchObject({ registered: 1, waiting: 1, attended: 1 });
  });

  it("refuses bad input naming the field and stale versions", async () => {
    expect(paths((await team("POST", "/events", infoSession({ endsAt: "2026-12-03T12:00:00Z" }))).json)).toEqual(["body.endsAt"]);
    expect(paths((await team("POST", "/events", { ...infoSession(), capacity: 0 })).json)).toEqual(["body.capacity"]);
    const { json: event } = await team("POST", "/events", infoSession({ title: "Closed" }));
    expect(paths((await team("PATCH", `/events/${event.id}`, { version: 1, endsAt: "2026-12-01T00:00:00Z" })).json)).toEqual(["body.endsAt"]);
    expect(paths((await team("POST", `/events/${event.id}/registrations`, { name: "X", email: "not-an-email" })).json)).toEqual(["body.email"]);
    await team("PATCH", `/events/${event.id}`, { version: 1, registrationOpen: false });
    expect((await team("PATCH", `/events/${event.id}`, { version: 1, title: "Late" })).status).toBe(409);
    expect((await team("POST", `/events/${event.id}/registrations`, person(9))).status).toBe(409);
  });
});

describe("individual interviews", () => {
  it("guards every route: 401 without a token, 403 to other roles", async () => {
    await expectGuarded(h, [
      { method: "GET", path: "/interview-slots", wrongRole: "outgoing" },
      { method: "POST", path: "/interview-slots", body: { interviewer: "A", place: "B", startsAt: "2026-12-01T09:00:00Z", minutes: 30 }, wrongRole: "leadership" },
      { method: "POST", path: `/interview-slots/${ID}/booking`, body: { name: "A", email: "a@orbis.test", topic: "x" }, wrongRole: "analyst" },
      { method: "PATCH", path: `/interview-bookings/${ID}/notes`, body: { version: 1, notes: "x" }, wrongRole: "leadership" },
      { method: "POST", path: `/interview-bookings/${ID}/cancel`, body: { version: 1 }, wrongRole: "incoming" },
    ]);
  });

  it("opens slots, never books one twice even when two bookings race, and keeps notes private to the team", async () => {
    const opened = await team("POST", "/interview-slots", { interviewer: "Sophie Bernard", place: "Bureau 112", startsAt: "2026-12-01T09:00:00Z", minutes: 30, count: 3 });
    expect(opened.json.items.map((s: { startsAt: string }) => s.startsAt)).toEqual(["2026-12-01T09:00:00.000Z", "2026-12-01T09:30:00.000Z", "2026-12-01T10:00:00.000Z"]);
    expect((await team("POST", "/interview-slots", { interviewer: "Sophie Bernard", place: "Bureau 112", startsAt: "2026-12-01T10:00:00Z", minutes: 30 })).status).toBe(409);
    const slot = opened.json.items[0].id;
    const race = await Promise.all([1, 2, 3].map((n) => team("POST", `/interview-slots/${slot}/booking`, { ...person(n), topic: "Partir au Japon" })));
    expect(race.map((a) => a.status).sort()).toEqual([201, 409, 409]);
    const booking = race.find((a) => a.status === 201)!.json;
    expect((await team("PATCH", `/interview-bookings/${booking.id}/notes`, { version: 1, notes: "Niveau B2 en anglais." })).json).toMatchObject({ notes: "Niveau B2 en anglais.", version: 2 });
    expect((await team("PATCH", `/interview-bookings/${booking.id}/notes`, { version: 1, notes: "x" })).status).toBe(409);
    const asTeamList = (await team("GET", "/interview-slots?free=false")).json.items;
    expect(asTeamList).toEqual([expect.objectContaining({ id: slot, booking: expect.objectContaining({ notes: "Niveau B2 en anglais." }) })]);
    const asVp = (await h.call("GET", "/interview-slots?free=false", { token: await h.tokenFor("leadership") })).json.items;
    expect(asVp[0].booking.notes).toBeUndefined();
    expect((await team("GET", "/interview-slots?free=true")).json.total).toBe(2);
    expect((await team("POST", `/interview-bookings/${booking.id}/cancel`, { version: 1 })).status).toBe(409);
    expect((await team("POST", `/interview-bookings/${booking.id}/cancel`, { version: 2 })).status).toBe(200);
    expect((await team("GET", "/interview-slots?free=true")).json.total).toBe(3);
  });

  it("refuses bad input naming the field and slots already started", async () => {
    expect(paths((await team("POST", "/interview-slots", { interviewer: "", place: "B", startsAt: "2026-12-01", minutes: 5 })).json)).toEqual(["body.interviewer", "body.minutes", "body.startsAt"]);
    const past = await team("POST", "/interview-slots", { interviewer: "Luc", place: "B", startsAt: "2026-11-10T09:00:00Z", minutes: 30 });
    expect((await team("POST", `/interview-slots/${past.json.items[0].id}/booking`, { ...person(1), topic: "x" })).status).toBe(409);
    expect(paths((await team("POST", `/interview-slots/${past.json.items[0].id}/booking`, { ...person(1), topic: "" })).json)).toEqual(["body.topic"]);
    expect((await team("POST", `/interview-slots/${ID}/booking`, { ...person(1), topic: "x" })).status).toBe(404);
  });
});
