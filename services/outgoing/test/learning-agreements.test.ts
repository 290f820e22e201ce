import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { laRevisions } from "../src/db/schema/index";
import { auditCount, createMobility, laContent, NOW, signer } from "./followup-fixtures";
import { paths, startOutgoing, type Harness } from "./harness";

let h: Harness;
beforeAll(async () => {
  h = await startOutgoing({ now: () => NOW });
});
afterAll(() => h.close());

const revisionCount = async (mobilityId: string) => (await h.db.select().from(laRevisions).where(eq(laRevisions.mobilityId, mobilityId))).length;

async function draft(mobilityId: string, content = laContent()) {
  const created = await h.call("POST", `/mobilities/${mobilityId}/learning-agreement`, { token: await h.tokenFor("outgoing"), body: content });
  expect(created.status).toBe(201);
  return created.json as { id: string; version: number };
}

describe("learning agreements", () => {
  it("drafts, submits (student signs), then the department's coordinator approves and signs; history kept", async () => {
    const m = await createMobility(h);
    const coordinator = await h.tokenFor("coordinator", ["CHINESE"]);
    const first = await draft(m.id);
    const submitted = await h.call("POST", `/learning-agreements/${first.id}/submit`, { token: coordinator, body: { version: 1, studentSignature: signer("Camille Martin", "Student") } });
    expect(submitted.json).toMatchObject({ status: "submitted", studentSignature: { name: "Camille Martin", signedAt: NOW.toISOString() } });
    const approved = await h.call("POST", `/learning-agreements/${first.id}/approve`, { token: coordinator, body: { version: 2, signer: signer("Li Wei", "Coordinateur chinois") } });
    expect(approved.json).toMatchObject({ status: "approved", sendingSignature: { name: "Li Wei", position: "Coordinateur chinois" }, reviewedBy: expect.any(String) });
    const steps = await h.call("GET", `/mobilities/${m.id}/steps`, { token: coordinator });
    expect(steps.json.find((s: { step: string }) => s.step === "learning-agreement")).toMatchObject({ status: "done", doneOn: "2026-11-23", version: 2 });
    const signed = await h.call("POST", `/learning-agreements/${first.id}/receiving-signature`, {
      token: await h.tokenFor("outgoing"),
      body: { version: 3, signer: signer("Jan Kowalski", "Erasmus coordinator"), signedAt: "2026-11-22T09:00:00+01:00" },
    });
    expect(signed.json.receivingSignature.name).toBe("Jan Kowalski");
    // A change during the mobility: a new revision listing the changes with EWP reasons.
    const change = await h.call("POST", `/mobilities/${m.id}/learning-agreement`, {
      token: coordinator,
      body: laContent({
        tableA: [
          { code: "GER-101", title: "Deutsche Literatur", semester: "S2", credits: 6, change: { status: "deleted", reasonCode: "timetable-conflict" } },
          { code: "GER-205", title: "Moderne Lyrik", semester: "S2", credits: 6, change: { status: "inserted", reasonCode: "substituting-deleted" } },
        ],
        tableB: [],
      }),
    });
    expect(change.status).toBe(201);
    expect(change.json).toMatchObject({ revision: 2, kind: "changes", status: "draft" });
    const la = await h.call("GET", `/mobilities/${m.id}/learning-agreement`, { token: coordinator });
    expect(la.json.current.revision).toBe(2);
    expect(la.json.revisions.map((r: { revision: number; status: string }) => `${r.revision}:${r.status}`)).toEqual(["2:draft", "1:approved"]);
    expect(await auditCount(h, first.id)).toBe(4);
  });

  it("a rejected revision carries the comment, can be edited (back to draft) and resubmitted", async () => {
    const m = await createMobility(h);
    const coordinator = await h.tokenFor("coordinator", ["CHINESE"]);
    const first = await draft(m.id);
    await h.call("POST", `/learning-agreements/${first.id}/submit`, { token: coordinator, body: { version: 1, studentSignature: signer("Camille Martin", "Student") } });
    const noComment = await h.call("POST", `/learning-agreements/${first.id}/reject`, { token: coordinator, body: { version: 2, comment: "" } });
    expect(paths(noComment.json)).toEqual(["body.comment"]);
    const rejected = await h.call("POST", `/learning-agreements/${first.id}/reject`, { token: coordinator, body: { version: 2, comment: "Il manque 9 crédits ECTS." } });
    expect(rejected.json).toMatchObject({ status: "rejected", reviewComment: "Il manque 9 crédits ECTS." });
    expect((await h.call("POST", `/learning-agreements/${first.id}/approve`, { token: coordinator, body: { version: 3, signer: signer("Li Wei", "Coordinateur") } })).status).toBe(409);
    const edited = await h.call("PUT", `/learning-agreements/${first.id}`, {
      token: coordinator,
      body: { version: 3, ...laContent({ tableA: [{ code: "GER-101", title: "Deutsche Literatur", semester: "S2", credits: 30 }] }) },
    });
    expect(edited.json).toMatchObject({ status: "draft", studentSignature: null });
    const resubmitted = await h.call("POST", `/learning-agreements/${first.id}/submit`, { token: coordinator, body: { version: 4, studentSignature: signer("Camille Martin", "Student") } });
    expect(resubmitted.json.status).toBe("submitted");
  });

  it("refuses zero or negative credits, wrong change reasons and incomplete submissions, naming the field and writing nothing", async () => {
    const m = await createMobility(h);
    const token = await h.tokenFor("outgoing");
    const credits = await h.call("POST", `/mobilities/${m.id}/learning-agreement`, {
      token,
      body: laContent({ tableA: [{ code: "A", title: "A", semester: "S1", credits: 5 }, { code: "B", title: "B", semester: "S1", credits: 0 }, { code: "C", title: "C", semester: "S1", credits: -3 }] }),
    });
    expect(credits.status).toBe(400);
    expect(paths(credits.json)).toEqual(["body.tableA.1.credits", "body.tableA.2.credits"]);
    const changeOnFirst = await h.call("POST", `/mobilities/${m.id}/learning-agreement`, {
      token,
      body: laContent({ tableA: [{ code: "A", title: "A", semester: "S1", credits: 5, change: { status: "inserted", reasonCode: "extending-mobility" } }] }),
    });
    expect(paths(changeOnFirst.json)).toEqual(["body.tableA.0.change"]);
    const cefr = await h.call("POST", `/mobilities/${m.id}/learning-agreement`, { token, body: laContent({ language: { language: "german", cefr: "D1" } }) });
    expect(paths(cefr.json)).toEqual(["body.language.cefr", "body.language.language"]);
    expect(await revisionCount(m.id)).toBe(0);
    const first = await draft(m.id, laContent({ receivingContact: null, tableB: [] }));
    const incomplete = await h.call("POST", `/learning-agreements/${first.id}/submit`, { token, body: { version: 1, studentSignature: signer("Camille Martin", "Student") } });
    expect(incomplete.status).toBe(400);
    expect(paths(incomplete.json)).toEqual(["body.receivingContact", "body.tableB"]);
    const [row] = await h.db.select().from(laRevisions).where(eq(laRevisions.id, first.id));
    expect(row).toMatchObject({ status: "draft", version: 1, studentSignature: null });
  });

  it("checks change reasons on a change revision, and one open revision at a time", async () => {
    const m = await createMobility(h);
    const token = await h.tokenFor("outgoing");
    const first = await draft(m.id);
    expect((await h.call("POST", `/mobilities/${m.id}/learning-agreement`, { token, body: laContent() })).status).toBe(409);
    await h.call("POST", `/learning-agreements/${first.id}/submit`, { token, body: { version: 1, studentSignature: signer("Camille Martin", "Student") } });
    await h.call("POST", `/learning-agreements/${first.id}/approve`, { token, body: { version: 2, signer: signer("Li Wei", "Coordinateur") } });
    const wrong = await h.call("POST", `/mobilities/${m.id}/learning-agreement`, {
      token,
      body: laContent({
        tableA: [
          { code: "A", title: "A", semester: "S2", credits: 5, change: { status: "deleted", reasonCode: "extending-mobility" } },
          { code: "B", title: "B", semester: "S2", credits: 5, change: { status: "inserted" } },
          { code: "C", title: "C", semester: "S2", credits: 5 },
        ],
        tableB: [],
      }),
    });
    expect(paths(wrong.json)).toEqual(["body.tableA.0.change.reasonCode", "body.tableA.1.change.reasonCode", "body.tableA.2.change"]);
    expect(await revisionCount(m.id)).toBe(1);
  });

  it("refuses stale versions, callers without a token or the role, and coordinators of other departments", async () => {
    const m = await createMobility(h);
    const first = await draft(m.id);
    const token = await h.tokenFor("outgoing");
    const stale = await h.call("PUT", `/learning-agreements/${first.id}`, { token, body: { version: 4, ...laContent() } });
    expect(stale.json.code).toBe("stale_version");
    const law = await h.tokenFor("coordinator", ["LAW"]);
    expect((await h.call("GET", `/mobilities/${m.id}/learning-agreement`, { token: law })).status).toBe(403);
    expect((await h.call("POST", `/mobilities/${m.id}/learning-agreement`, { token: law, body: laContent() })).status).toBe(403);
    const submitByLaw = await h.call("POST", `/learning-agreements/${first.id}/submit`, { token: law, body: { version: 1, studentSignature: signer("Camille Martin", "Student") } });
    expect(submitByLaw.json.code).toBe("out_of_scope");
    expect((await h.call("POST", `/learning-agreements/${first.id}/submit`, { body: { version: 1 } })).status).toBe(401);
    expect((await h.call("PUT", `/learning-agreements/${first.id}`, { token: await h.tokenFor("erasmus"), body: { version: 1, ...laContent() } })).status).toBe(403);
    const [row] = await h.db.select().from(laRevisions).where(eq(laRevisions.id, first.id));
    expect(row).toMatchObject({ status: "draft", version: 1 });
    expect(await auditCount(h, first.id)).toBe(1);
  });
});
