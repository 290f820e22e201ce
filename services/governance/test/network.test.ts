import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectGuarded } from "@orbis/test-kit/access-matrix";
import { seedDepartment, seedUser } from "@orbis/identity-service/test/helpers";
import { paths, startGovernance, type Harness } from "./harness";

let h: Harness;
let vp: string;
beforeAll(async () => {
  h = await startGovernance();
  vp = await h.tokenFor("leadership");
  for (const code of ["CHINESE", "ARABIC", "RUSSIAN"]) await seedDepartment(h.identityDb, code);
  await seedUser(h.identityDb, { email: "li@univ.test", name: "Li Wei", roles: ["coordinator"], scopes: ["CHINESE"] });
  await seedUser(h.identityDb, { email: "amal@univ.test", name: "Amal Haddad", roles: ["coordinator"], scopes: ["ARABIC"], active: false });
});
afterAll(() => h.close());

describe("coordinators' network", () => {
  it("lists departments with their coordinators from identity and flags those without one", async () => {
    const res = await h.call("GET", "/network", { token: vp });
    expect(res.status).toBe(200);
    expect(res.json.missing).toBe(2);
    const byCode = Object.fromEntries(res.json.departments.map((d: { code: string }) => [d.code, d]));
    expect(byCode.CHINESE).toMatchObject({ missing: false, coordinators: [{ name: "Li Wei", email: "li@univ.test", active: true }] });
    expect(byCode.ARABIC).toMatchObject({ missing: true, coordinators: [] }); // an inactive account does not count
    expect(byCode.RUSSIAN.missing).toBe(true);
  });

  it("shows a coordinator their own department only", async () => {
    const res = await h.call("GET", "/network", { token: await h.tokenFor("coordinator", ["CHINESE"]) });
    expect(res.json.departments.map((d: { code: string }) => d.code)).toEqual(["CHINESE"]);
  });

  it("guards every route", async () => {
    const m = await h.call("POST", "/network-meetings", { token: vp, body: { title: "Réunion des correspondants", heldOn: "2026-10-10" } });
    await expectGuarded(h, [
      { method: "GET", path: "/network", wrongRole: "service" },
      { method: "GET", path: "/network-meetings", wrongRole: "service" },
      { method: "POST", path: "/network-meetings", body: { title: "x", heldOn: "2026-01-01" }, wrongRole: "coordinator" },
      { method: "PATCH", path: `/network-meetings/${m.json.id}`, body: { version: 1 }, wrongRole: "outgoing" },
      { method: "PUT", path: `/network-meetings/${m.json.id}/attendance`, body: { version: 1, attendance: [] }, wrongRole: "coordinator" },
    ]);
  });

  it("records a network meeting and who attended, with the version seen", async () => {
    const created = await h.call("POST", "/network-meetings", { token: vp, body: { title: "Réunion de rentrée", heldOn: "2026-09-15", location: "Amphi 4" } });
    expect(created.status).toBe(201);
    const id = created.json.id;
    const attendance = [
      { department: "CHINESE", name: "Li Wei", present: true },
      { department: "RUSSIAN", name: "Ivan Petrov", present: false },
    ];
    const set = await h.call("PUT", `/network-meetings/${id}/attendance`, { token: vp, body: { version: 1, attendance } });
    expect(set.status).toBe(200);
    expect(set.json).toMatchObject({ version: 2, attendance });
    const stale = await h.call("PUT", `/network-meetings/${id}/attendance`, { token: vp, body: { version: 1, attendance: [] } });
    expect(stale.status).toBe(409);
    const dup = await h.call("PUT", `/network-meetings/${id}/attendance`, { token: vp, body: { version: 2, attendance: [...attendance, attendance[0]] } });
    expect(dup.status).toBe(400);
    expect(paths(dup.json)).toEqual(["body.attendance.2.name"]);
    const bad = await h.call("PUT", `/network-meetings/${id}/attendance`, { token: vp, body: { version: 2, attendance: [{ department: "chinese", name: "", present: "yes" }] } });
    expect(paths(bad.json)).toEqual(["body.attendance.0.department", "body.attendance.0.name", "body.attendance.0.present"]);
    const read = await h.call("GET", `/network-meetings/${id}`, { token: await h.tokenFor("coordinator", ["CHINESE"]) });
    expect(read.json.attendance).toEqual(attendance);
    const badMeeting = await h.call("POST", "/network-meetings", { token: vp, body: { title: "x", heldOn: "15/09/2026" } });
    expect(paths(badMeeting.json)).toEqual(["body.heldOn"]);
  });

  it("shares documents with the coordinators", async () => {
    const form = new FormData();
    form.set("file", new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])], "carte.png"));
    form.set("ownerType", "network");
    form.set("ownerId", "00000000-0000-4000-8000-000000000000");
    const res = await h.request("/documents", { method: "POST", body: form, headers: { authorization: `Bearer ${vp}` } });
    expect(res.status).toBe(201);
    const list = await h.call("GET", "/documents?ownerType=network&ownerId=00000000-0000-4000-8000-000000000000", { token: await h.tokenFor("coordinator", ["ARABIC"]) });
    expect(list.json.items).toEqual([expect.objectContaining({ filename: "carte.png", contentType: "image/png" })]);
  });
});
