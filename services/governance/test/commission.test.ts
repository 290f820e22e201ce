import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectGuarded } from "@orbis/test-kit/access-matrix";
import { paths, startGovernance, type Harness } from "./harness";

let h: Harness;
let vp: string;
beforeAll(async () => {
  h = await startGovernance({ now: () => new Date("2026-11-23T10:00:00Z") });
  vp = await h.tokenFor("leadership");
});
afterAll(() => h.close());

type Problem = { errors?: Array<{ path: string }> };

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a]);

async function post(path: string, body: Record<string, unknown>) {
  const res = await h.call("POST", path, { token: vp, body });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return res.json;
}

function upload(fields: Record<string, string>, bytes: Uint8Array = PDF, token?: string) {
  const form = new FormData();
  form.set("file", new File([bytes], "ordre-du-jour.pdf"));
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return h.request("/documents", { method: "POST", body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
}

describe("commission", () => {
  it("guards every route", async () => {
    const m = await post("/meetings", { title: "Commission RI", heldOn: "2026-10-01" });
    await expectGuarded(h, [
      { method: "GET", path: "/meetings", wrongRole: "coordinator" },
      { method: "POST", path: "/meetings", body: { title: "x", heldOn: "2026-01-01" }, wrongRole: "outgoing" },
      { method: "PATCH", path: `/meetings/${m.id}`, body: { version: 1 }, wrongRole: "analyst" },
      { method: "GET", path: "/agenda-items", wrongRole: "coordinator" },
      { method: "POST", path: "/agenda-items", body: { meetingId: m.id, position: 1, title: "x" }, wrongRole: "erasmus" },
      { method: "GET", path: "/decisions", wrongRole: "service" },
      { method: "POST", path: "/decisions", body: { meetingId: m.id, reference: "D1", text: "x" }, wrongRole: "agreements" },
      { method: "GET", path: "/actions?overdue=true", wrongRole: "coordinator" },
      { method: "POST", path: "/actions", body: { meetingId: m.id, title: "x", owner: "y", dueOn: "2026-12-01" }, wrongRole: "incoming" },
      { method: "GET", path: `/documents?ownerType=meeting&ownerId=${m.id}`, wrongRole: "service" },
      { method: "DELETE", path: `/meetings/${m.id}?version=1`, wrongRole: "analyst" },
    ]);
    expect((await upload({ ownerType: "meeting", ownerId: m.id }, PDF, await h.tokenFor("analyst"))).status).toBe(403);
    expect((await upload({ ownerType: "meeting", ownerId: m.id })).status).toBe(401);
  });

  it("runs a meeting: agenda, decision, follow-up actions, overdue list", async () => {
    const m = await post("/meetings", { title: "Commission des relations internationales", heldOn: "2026-06-12", location: "Salle du conseil" });
    const item = await post("/agenda-items", { meetingId: m.id, position: 1, title: "Nouveaux accords Erasmus+", presenter: "VP RI" });
    const decision = await post("/decisions", { meetingId: m.id, agendaItemId: item.id, reference: "CRI-2026-06-01", text: "Avis favorable aux 4 accords." });
    expect(decision.outcome).toBe("approved");
    const late = await post("/actions", { meetingId: m.id, decisionId: decision.id, title: "Transmettre les accords signés", owner: "Pôle accords", dueOn: "2026-09-30" });
    await post("/actions", { meetingId: m.id, title: "Préparer le bilan", owner: "DRI", dueOn: "2027-01-15" });
    const done = await post("/actions", { meetingId: m.id, title: "Diffuser le compte rendu", owner: "DRI", dueOn: "2026-07-01", status: "done" });
    const overdue = await h.call("GET", `/actions?overdue=true&meetingId=${m.id}`, { token: await h.tokenFor("outgoing") });
    expect(overdue.json.items.map((a: { id: string }) => a.id)).toEqual([late.id]);
    const moved = await h.call("PATCH", `/actions/${late.id}`, { token: vp, body: { version: 1, status: "done" } });
    expect(moved.json).toMatchObject({ status: "done", version: 2 });
    expect((await h.call("GET", `/actions?overdue=true&meetingId=${m.id}`, { token: vp })).json.total).toBe(0);
    expect(done.status).toBe("done");
    const listed = await h.call("GET", `/agenda-items?meetingId=${m.id}`, { token: await h.tokenFor("analyst") });
    expect(listed.json.items[0]).toMatchObject({ title: "Nouveaux accords Erasmus+", position: 1 });
  });

  it("refuses bad input naming the field, writes nothing", async () => {
    const m = await post("/meetings", { title: "Commission", heldOn: "2026-03-01" });
    const other = await post("/meetings", { title: "Autre", heldOn: "2026-04-01" });
    const otherItem = await post("/agenda-items", { meetingId: other.id, position: 1, title: "Point" });
    const cases: Array<[string, Record<string, unknown>, string[]]> = [
      ["/meetings", { title: "", heldOn: "2026-02-30" }, ["body.heldOn", "body.title"]],
      ["/agenda-items", { meetingId: m.id, position: 0, title: "x" }, ["body.position"]],
      ["/agenda-items", { meetingId: "00000000-0000-4000-8000-000000000000", position: 1, title: "x" }, ["body.meetingId"]],
      ["/decisions", { meetingId: m.id, agendaItemId: otherItem.id, reference: "D", text: "x" }, ["body.agendaItemId"]],
      ["/actions", { meetingId: m.id, title: "x", owner: "", dueOn: "demain" }, ["body.dueOn", "body.owner"]],
    ];
    for (const [path, body, fields] of cases) {
      const res = await h.call("POST", path, { token: vp, body });
      expect(res.status, path).toBe(400);
      expect(paths(res.json), path).toEqual(fields);
    }
    expect((await h.call("GET", `/decisions?meetingId=${m.id}`, { token: vp })).json.total).toBe(0);
    expect((await h.call("GET", `/actions?meetingId=${m.id}`, { token: vp })).json.total).toBe(0);
    const stale = await h.call("PATCH", `/meetings/${m.id}`, { token: vp, body: { version: 3, status: "held" } });
    expect(stale.status).toBe(409);
    expect((await h.call("GET", "/actions?overdue=maybe", { token: vp })).status).toBe(400);
  });

  it("stores meeting documents (PDF, JPEG, PNG), lists, downloads and deletes them", async () => {
    const m = await post("/meetings", { title: "Commission", heldOn: "2026-05-01" });
    const res = await upload({ ownerType: "meeting", ownerId: m.id, title: "Ordre du jour" }, PDF, vp);
    expect(res.status).toBe(201);
    const doc = (await res.json()) as { id: string };
    expect(doc).toMatchObject({ title: "Ordre du jour", contentType: "application/pdf", sizeBytes: PDF.byteLength, uploadedBy: expect.any(String) });
    const list = await h.call("GET", `/documents?ownerType=meeting&ownerId=${m.id}`, { token: await h.tokenFor("erasmus") });
    expect(list.json.items.map((d: { id: string }) => d.id)).toEqual([doc.id]);
    const content = await h.request(`/documents/${doc.id}/content`, { headers: { authorization: `Bearer ${vp}` } });
    expect(content.headers.get("content-disposition")).toContain("ordre-du-jour.pdf");
    expect(new Uint8Array(await content.arrayBuffer())).toEqual(PDF);
    expect((await upload({ ownerType: "meeting", ownerId: m.id }, new TextEncoder().encode("hello"), vp)).status).toBe(415);
    const orphan = await upload({ ownerType: "meeting", ownerId: "00000000-0000-4000-8000-000000000001" }, PDF, vp);
    expect(orphan.status).toBe(400);
    expect(paths((await orphan.json()) as Problem)).toEqual(["body.ownerId"]);
    const badType = await upload({ ownerType: "spaceship", ownerId: m.id }, PDF, vp);
    expect(paths((await badType.json()) as Problem)).toEqual(["body.ownerType"]);
    expect((await h.call("DELETE", `/documents/${doc.id}?version=2`, { token: vp })).status).toBe(409);
    expect((await h.call("DELETE", `/documents/${doc.id}?version=1`, { token: vp })).status).toBe(204);
    expect((await h.call("GET", `/documents?ownerType=meeting&ownerId=${m.id}`, { token: vp })).json.total).toBe(0);
    expect((await h.call("GET", `/documents?ownerType=meeting&ownerId=${m.id}`, { token: await h.tokenFor("coordinator", ["CHINESE"]) })).status).toBe(403);
  });

  it("exports the follow-up actions as CSV and XLSX, overdue ones flagged", async () => {
    const m = await post("/meetings", { title: "Commission export", heldOn: "2026-02-01" });
    await post("/actions", { meetingId: m.id, title: "Action en retard export", owner: "DRI", dueOn: "2026-03-01" });
    const csv = await h.request(`/actions/export?format=csv&meetingId=${m.id}`, { headers: { authorization: `Bearer ${await h.tokenFor("analyst")}` } });
    expect(csv.status, await csv.clone().text()).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const text = await csv.text();
    expect(text).toContain("Action en retard export");
    expect(text).toContain("oui");
    const xlsx = await h.request("/actions/export?format=xlsx&overdue=true", { headers: { authorization: `Bearer ${vp}` } });
    expect(new Uint8Array(await xlsx.arrayBuffer()).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
    expect((await h.call("GET", "/actions/export?format=pdf", { token: vp })).status).toBe(400);
    expect((await h.call("GET", "/actions/export?format=csv")).status).toBe(401);
    expect((await h.call("GET", "/actions/export?format=csv", { token: await h.tokenFor("coordinator", ["CHINESE"]) })).status).toBe(403);
  });
});
