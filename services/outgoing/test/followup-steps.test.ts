import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { followUpSteps, stepDocuments } from "../src/db/schema/index";
import { auditCount, createMobility, NOW } from "./followup-fixtures";
import { paths, startOutgoing, type Harness } from "./harness";

let h: Harness;
beforeAll(async () => {
  h = await startOutgoing({ now: () => NOW });
});
afterAll(() => h.close());

const stepRow = async (mobilityId: string, step: string) =>
  (await h.db.select().from(followUpSteps).where(eq(followUpSteps.mobilityId, mobilityId))).find((s) => s.step === step)!;

function upload(mobilityId: string, step: string, version: number, bytes: Uint8Array, token: string, name = "proof.pdf") {
  const form = new FormData();
  form.set("file", new File([bytes], name, { type: "application/pdf" }));
  return h.request(`/mobilities/${mobilityId}/steps/${step}/document?version=${version}`, { method: "PUT", headers: { authorization: `Bearer ${token}` }, body: form });
}

describe("follow-up steps", () => {
  it("lists the checklist in order with late flags, to the team and the department's coordinator", async () => {
    // Starts on 2026-12-01: the learning agreement was due on 2026-11-01, late on 2026-11-23.
    const m = await createMobility(h, { plannedStart: "2026-12-01", plannedEnd: "2027-05-31" });
    const list = await h.call("GET", `/mobilities/${m.id}/steps`, { token: await h.tokenFor("coordinator", ["CHINESE"]) });
    expect(list.status).toBe(200);
    expect(list.json.map((s: { step: string }) => s.step)).toEqual(["learning-agreement", "grant-agreement", "insurance", "arrival-certificate", "la-changes", "attendance-certificate", "transcript", "recognition"]);
    expect(list.json.filter((s: { late: boolean }) => s.late).map((s: { step: string }) => s.step)).toEqual(["learning-agreement"]);
    expect((await h.call("GET", `/mobilities/${m.id}/steps`, { token: await h.tokenFor("coordinator", ["LAW"]) })).status).toBe(403);
    expect((await h.call("GET", `/mobilities/${m.id}/steps`)).status).toBe(401);
  });

  it("marks a step done (today by default) or waived with a note, audited; a coordinator of the department may", async () => {
    const m = await createMobility(h);
    const coordinator = await h.tokenFor("coordinator", ["CHINESE"]);
    const done = await h.call("PATCH", `/mobilities/${m.id}/steps/insurance`, { token: coordinator, body: { version: 1, status: "done" } });
    expect(done.status).toBe(200);
    expect(done.json).toMatchObject({ status: "done", doneOn: "2026-11-23", version: 2, late: false });
    const dated = await h.call("PATCH", `/mobilities/${m.id}/steps/insurance`, { token: coordinator, body: { version: 2, doneOn: "2026-11-20", note: "Attestation MAE" } });
    expect(dated.json).toMatchObject({ doneOn: "2026-11-20", note: "Attestation MAE" });
    const waived = await h.call("PATCH", `/mobilities/${m.id}/steps/insurance`, { token: coordinator, body: { version: 3, status: "waived" } });
    expect(waived.json).toMatchObject({ status: "waived", doneOn: null });
    expect(await auditCount(h, done.json.id)).toBe(3);
  });

  it("refuses bad input, stale versions, other roles and departments, changing nothing", async () => {
    const m = await createMobility(h);
    const token = await h.tokenFor("outgoing");
    const before = await stepRow(m.id, "transcript");
    const badStatus = await h.call("PATCH", `/mobilities/${m.id}/steps/transcript`, { token, body: { version: 1, status: "finished" } });
    expect(paths(badStatus.json)).toEqual(["body.status"]);
    const doneOnTodo = await h.call("PATCH", `/mobilities/${m.id}/steps/transcript`, { token, body: { version: 1, doneOn: "2026-11-01" } });
    expect(paths(doneOnTodo.json)).toEqual(["body.doneOn"]);
    const future = await h.call("PATCH", `/mobilities/${m.id}/steps/transcript`, { token, body: { version: 1, status: "done", doneOn: "2027-01-01" } });
    expect(paths(future.json)).toEqual(["body.doneOn"]);
    expect((await h.call("PATCH", `/mobilities/${m.id}/steps/visa`, { token, body: { version: 1, status: "done" } })).status).toBe(400);
    expect((await h.call("PATCH", `/mobilities/${m.id}/steps/transcript`, { token, body: { version: 9, status: "done" } })).json.code).toBe("stale_version");
    expect((await h.call("PATCH", `/mobilities/${m.id}/steps/transcript`, { body: { version: 1, status: "done" } })).status).toBe(401);
    expect((await h.call("PATCH", `/mobilities/${m.id}/steps/transcript`, { token: await h.tokenFor("analyst"), body: { version: 1, status: "done" } })).status).toBe(403);
    const law = await h.call("PATCH", `/mobilities/${m.id}/steps/transcript`, { token: await h.tokenFor("coordinator", ["LAW"]), body: { version: 1, status: "done" } });
    expect(law.status).toBe(403);
    expect(law.json.code).toBe("out_of_scope");
    expect(await stepRow(m.id, "transcript")).toEqual(before);
    expect(await auditCount(h, before.id)).toBe(0);
  });

  it("attaches a PDF, JPEG or PNG checked by its content, and gives it back", async () => {
    const m = await createMobility(h);
    const token = await h.tokenFor("outgoing");
    const pdf = new TextEncoder().encode("%PDF-1.7\n% arrival\n");
    const stored = await upload(m.id, "arrival-certificate", 1, pdf, token);
    expect(stored.status).toBe(200);
    const step = (await stored.json()) as { version: number; document: { contentType: string; sizeBytes: number } };
    expect(step.document).toMatchObject({ contentType: "application/pdf", sizeBytes: pdf.length });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const replaced = await upload(m.id, "arrival-certificate", step.version, png, token, "scan.png");
    expect(((await replaced.json()) as { document: { contentType: string } }).document.contentType).toBe("image/png");
    const download = await h.request(`/mobilities/${m.id}/steps/arrival-certificate/document`, { headers: { authorization: `Bearer ${token}` } });
    expect(download.headers.get("content-type")).toBe("image/png");
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(png);
  });

  it("refuses a file that is not a PDF, JPEG or PNG, a stale version and another department, storing nothing", async () => {
    const m = await createMobility(h);
    const token = await h.tokenFor("outgoing");
    const html = await upload(m.id, "insurance", 1, new TextEncoder().encode("<html>%PDF-</html>"), token);
    expect(html.status).toBe(415);
    const stale = await upload(m.id, "insurance", 5, new TextEncoder().encode("%PDF-1.4"), token);
    expect(stale.status).toBe(409);
    const law = await upload(m.id, "insurance", 1, new TextEncoder().encode("%PDF-1.4"), await h.tokenFor("coordinator", ["LAW"]));
    expect(law.status).toBe(403);
    const noFile = await h.request(`/mobilities/${m.id}/steps/insurance/document?version=1`, { method: "PUT", headers: { authorization: `Bearer ${token}` }, body: new FormData() });
    expect(noFile.status).toBe(400);
    const step = await stepRow(m.id, "insurance");
    expect(await h.db.select().from(stepDocuments).where(eq(stepDocuments.stepId, step.id))).toEqual([]);
    expect(step.version).toBe(1);
  });
});

describe("GET /steps/late", () => {
  it("lists late steps of live mobilities, oldest first, scoped to the coordinator's departments", async () => {
    const chinese = await createMobility(h, { plannedStart: "2026-11-10", plannedEnd: "2027-04-30", lastName: "Zhang" });
    const law = await createMobility(h, { department: "LAW", plannedStart: "2026-11-20", plannedEnd: "2027-04-30" });
    const team = await h.call("GET", "/steps/late?limit=200", { token: await h.tokenFor("outgoing") });
    const mine = (team.json.items as Array<{ mobilityId: string; step: string; dueDate: string }>).filter((s) => s.mobilityId === chinese.id || s.mobilityId === law.id);
    expect(mine.map((s) => s.step)).toEqual(["learning-agreement", "learning-agreement", "insurance", "insurance"]);
    expect(mine.map((s) => s.dueDate)).toEqual([...mine.map((s) => s.dueDate)].sort());
    const coordinator = await h.call("GET", "/steps/late?step=insurance", { token: await h.tokenFor("coordinator", ["LAW"]) });
    expect(coordinator.json.items.map((s: { mobility: { department: string } }) => s.mobility.department)).toEqual(["LAW"]);
    expect(coordinator.json.total).toBe(1);
    const bad = await h.call("GET", "/steps/late?step=visa&limit=0", { token: await h.tokenFor("outgoing") });
    expect(paths(bad.json)).toEqual(["query.limit", "query.step"]);
    expect((await h.call("GET", "/steps/late")).status).toBe(401);
    expect((await h.call("GET", "/steps/late", { token: await h.tokenFor("incoming") })).status).toBe(403);
  });
});
