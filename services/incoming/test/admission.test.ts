import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { audit } from "../src/db/schema/index";
import { admittedStudent, completeFile, nominationBody, pdfOf, PDF_BYTES, tableCounts, upload } from "./admission-fixtures";
import { paths, seedAgreement, startIncoming, type Harness } from "./harness";

let h: Harness;
beforeAll(async () => {
  h = await startIncoming();
});
afterAll(() => h.close());

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

async function nominated(department = "CHINESE") {
  return (await h.call("POST", "/students", { token: await h.tokenFor("incoming"), body: nominationBody(null, { department }) })).json as { id: string; version: number; kind: "free-mover" };
}

describe("application file", () => {
  it("stores PDF and PNG documents by their content and serves them to the host department", async () => {
    const student = await nominated();
    const token = await h.tokenFor("incoming");
    const pdf = await upload(h, `/students/${student.id}/documents`, token, { bytes: PDF_BYTES, name: "passport.pdf" }, { kind: "passport" });
    expect(pdf.status).toBe(201);
    expect(pdf.json).toMatchObject({ kind: "passport", contentType: "application/pdf", sizeBytes: PDF_BYTES.length, filename: "passport.pdf" });
    const png = await upload(h, `/students/${student.id}/documents`, token, { bytes: PNG, name: "transcript.pdf" }, { kind: "transcript" });
    expect(png.json.contentType).toBe("image/png");

    const coordinator = await h.tokenFor("coordinator", ["CHINESE"]);
    const list = await h.call("GET", `/students/${student.id}/documents`, { token: coordinator });
    expect(list.json.items.map((d: { kind: string }) => d.kind)).toEqual(["passport", "transcript"]);
    const download = await h.request(`/students/${student.id}/documents/${pdf.json.id}`, { headers: { authorization: `Bearer ${coordinator}` } });
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(PDF_BYTES);
  });

  it("refuses other formats, missing fields, other departments and other roles, storing nothing", async () => {
    const student = await nominated();
    const token = await h.tokenFor("incoming");
    const before = await tableCounts(h);
    const text = await upload(h, `/students/${student.id}/documents`, token, { bytes: new TextEncoder().encode("hello"), name: "a.pdf" }, { kind: "passport" });
    expect(text.status).toBe(415);
    const noKind = await upload(h, `/students/${student.id}/documents`, token, { bytes: PDF_BYTES, name: "a.pdf" }, { kind: "selfie" });
    expect(noKind.status).toBe(400);
    expect(paths(noKind.json)).toEqual(["body.kind"]);
    const noFile = await h.request(`/students/${student.id}/documents`, { method: "POST", body: new FormData(), headers: { authorization: `Bearer ${token}` } });
    expect(noFile.status).toBe(400);
    expect((await upload(h, `/students/${student.id}/documents`, "", { bytes: PDF_BYTES, name: "a.pdf" }, { kind: "cv" })).status).toBe(401);
    expect((await upload(h, `/students/${student.id}/documents`, await h.tokenFor("coordinator", ["CHINESE"]), { bytes: PDF_BYTES, name: "a.pdf" }, { kind: "cv" })).status).toBe(403);
    expect(await tableCounts(h)).toEqual(before);
    expect((await h.call("GET", `/students/${student.id}/documents`, { token: await h.tokenFor("coordinator", ["LAW"]) })).status).toBe(403);
    expect((await h.call("GET", `/students/${student.id}/documents`, { token: await h.tokenFor("leadership") })).status).toBe(403);
    expect((await h.call("GET", `/students/${student.id}/documents/00000000-0000-4000-8000-000000000000`, { token })).status).toBe(404);
  });
});

describe("admission decision", () => {
  it("lets the host department's coordinator admit, with an audit row, then serves the acceptance letter in French and English", async () => {
    const student = await completeFile(h, await nominated("CHINESE"));
    const coordinator = await h.tokenFor("coordinator", ["CHINESE"]);
    const early = await pdfOf(h, `/students/${student.id}/acceptance-letter`, coordinator);
    expect(early.status).toBe(409);
    const admitted = await h.call("POST", `/students/${student.id}/decision`, { token: coordinator, body: { version: student.version, decision: "admit" } });
    expect(admitted.status).toBe(200);
    expect(admitted.json).toMatchObject({ status: "admitted", version: 3 });
    const [row] = await h.db.select().from(audit).where(and(eq(audit.action, "admit"), eq(audit.entityId, student.id)));
    expect(row!.after).toMatchObject({ status: "admitted" });

    const fr = await pdfOf(h, `/students/${student.id}/acceptance-letter?lang=fr`, coordinator);
    expect(fr.status).toBe(200);
    expect(fr.text).toContain("Lettre d'admission");
    expect(fr.text).toContain("Département d'accueil");
    expect(fr.text).toContain("University of Lagos (NG)");
    const en = await pdfOf(h, `/students/${student.id}/acceptance-letter?lang=en`, coordinator);
    expect(en.text).toContain("Letter of acceptance");
    expect(en.text).toContain("autumn semester");
    expect((await h.call("GET", `/students/${student.id}/acceptance-letter?lang=de`, { token: coordinator })).status).toBe(400);

    const again = await h.call("POST", `/students/${student.id}/decision`, { token: coordinator, body: { version: 3, decision: "refuse", reason: "Changed our mind" } });
    expect(again.status).toBe(409);
  });

  it("needs a reason to refuse, and a refusal gives the agreement's place back", async () => {
    const place = await seedAgreement(h, { places: 1 });
    const token = await h.tokenFor("incoming");
    const student = (await h.call("POST", "/students", { token, body: nominationBody(place) })).json;
    const before = await tableCounts(h);
    const noReason = await h.call("POST", `/students/${student.id}/decision`, { token, body: { version: 1, decision: "refuse" } });
    expect(noReason.status).toBe(400);
    expect(paths(noReason.json)).toEqual(["body.reason"]);
    const badDecision = await h.call("POST", `/students/${student.id}/decision`, { token, body: { version: 1, decision: "maybe" } });
    expect(paths(badDecision.json)).toEqual(["body.decision"]);
    const stale = await h.call("POST", `/students/${student.id}/decision`, { token, body: { version: 7, decision: "admit" } });
    expect(stale.json.code).toBe("stale_version");
    expect((await h.call("POST", `/students/${student.id}/decision`, { body: { version: 1, decision: "admit" } })).status).toBe(401);
    const otherDepartment = await h.call("POST", `/students/${student.id}/decision`, { token: await h.tokenFor("coordinator", ["LAW"]), body: { version: 1, decision: "admit" } });
    expect(otherDepartment.status).toBe(403);
    expect(otherDepartment.json.code).toBe("out_of_scope");
    expect((await h.call("POST", `/students/${student.id}/decision`, { token: await h.tokenFor("leadership"), body: { version: 1, decision: "admit" } })).status).toBe(403);
    expect(await tableCounts(h)).toEqual(before);

    const refused = await h.call("POST", `/students/${student.id}/decision`, { token, body: { version: 1, decision: "refuse", reason: "Language level too low" } });
    expect(refused.status).toBe(200);
    expect(refused.json.status).toBe("refused");
    const [row] = await h.db.select().from(audit).where(and(eq(audit.action, "refuse"), eq(audit.entityId, student.id)));
    expect(row!.after).toMatchObject({ reason: "Language level too low" });
    const places = await h.agreements("GET", `/agreements/${place.agreementId}/availability?year=2026`, { token: await h.tokenFor("service") });
    expect((places.json as Array<{ conditionId: string; used: number }>).find((p) => p.conditionId === place.conditionId)!.used).toBe(0);
    expect((await pdfOf(h, `/students/${student.id}/acceptance-letter`, token)).status).toBe(409);
  });

  it("serves the letter to the team but not to another department's coordinator", async () => {
    const student = await admittedStudent(h, { department: "LAW" });
    expect((await pdfOf(h, `/students/${student.id}/acceptance-letter`, await h.tokenFor("coordinator", ["CHINESE"]))).status).toBe(403);
    expect((await pdfOf(h, `/students/${student.id}/acceptance-letter`, await h.tokenFor("admin"))).status).toBe(200);
    expect((await h.request(`/students/${student.id}/acceptance-letter`, {})).status).toBe(401);
  });
});

describe("file complete (nominated -> applied)", () => {
  it("needs every required document, then lets the team mark the file complete and the department admit", async () => {
    const student = await nominated("CHINESE");
    const token = await h.tokenFor("incoming");
    const coordinator = await h.tokenFor("coordinator", ["CHINESE"]);
    const tooEarly = await h.call("POST", `/students/${student.id}/decision`, { token: coordinator, body: { version: 1, decision: "admit" } });
    expect(tooEarly.status).toBe(409);
    expect(tooEarly.json.detail).toContain("not complete");
    await upload(h, `/students/${student.id}/documents`, token, { bytes: PDF_BYTES, name: "passport.pdf" }, { kind: "passport" });
    const before = await tableCounts(h);
    const missing = await h.call("POST", `/students/${student.id}/file-complete`, { token, body: { version: 1 } });
    expect(missing.status).toBe(409);
    expect(missing.json.code).toBe("conflict");
    expect(paths(missing.json)).toEqual(["documents.motivation", "documents.transcript"]);
    expect(await tableCounts(h)).toEqual(before);

    await upload(h, `/students/${student.id}/documents`, token, { bytes: PDF_BYTES, name: "releve.pdf" }, { kind: "transcript" });
    await upload(h, `/students/${student.id}/documents`, token, { bytes: PDF_BYTES, name: "lettre.pdf" }, { kind: "motivation" });
    const applied = await h.call("POST", `/students/${student.id}/file-complete`, { token, body: { version: 1 } });
    expect(applied.status).toBe(200);
    expect(applied.json).toMatchObject({ status: "applied", version: 2 });
    const [row] = await h.db.select().from(audit).where(and(eq(audit.action, "file-complete"), eq(audit.entityId, student.id)));
    expect(row!.after).toMatchObject({ status: "applied", documents: ["motivation", "passport", "transcript"] });
    const again = await h.call("POST", `/students/${student.id}/file-complete`, { token, body: { version: 2 } });
    expect(again.status).toBe(409);
    expect(again.json.detail).toContain("applied");
    const admitted = await h.call("POST", `/students/${student.id}/decision`, { token: coordinator, body: { version: 2, decision: "admit" } });
    expect(admitted.json).toMatchObject({ status: "admitted", version: 3 });
  });

  it("lets a department refuse a nomination whose file is incomplete", async () => {
    const student = await nominated("LAW");
    const refused = await h.call("POST", `/students/${student.id}/decision`, { token: await h.tokenFor("incoming"), body: { version: 1, decision: "refuse", reason: "Dossier incomplet à la date limite" } });
    expect(refused.json).toMatchObject({ status: "refused" });
  });

  it("refuses bad input, stale versions and callers without the role, writing nothing", async () => {
    const student = await nominated("CHINESE");
    const token = await h.tokenFor("incoming");
    for (const kind of ["passport", "transcript", "motivation"]) await upload(h, `/students/${student.id}/documents`, token, { bytes: PDF_BYTES, name: `${kind}.pdf` }, { kind });
    const path = `/students/${student.id}/file-complete`;
    const before = await tableCounts(h);
    expect(paths((await h.call("POST", path, { token, body: {} })).json)).toEqual(["body.version"]);
    expect(paths((await h.call("POST", path, { token, body: { version: -1 } })).json)).toEqual(["body.version"]);
    expect((await h.call("POST", path, { token, body: { version: 4 } })).json.code).toBe("stale_version");
    expect((await h.call("POST", "/students/nope/file-complete", { token, body: { version: 1 } })).status).toBe(400);
    expect((await h.call("POST", "/students/00000000-0000-4000-8000-000000000000/file-complete", { token, body: { version: 1 } })).status).toBe(404);
    expect((await h.call("POST", path, { body: { version: 1 } })).status).toBe(401);
    for (const role of ["leadership", "analyst", "erasmus", "outgoing"]) {
      expect((await h.call("POST", path, { token: await h.tokenFor(role), body: { version: 1 } })).status).toBe(403);
    }
    expect((await h.call("POST", path, { token: await h.tokenFor("coordinator", ["CHINESE"]), body: { version: 1 } })).status).toBe(403);
    expect(await tableCounts(h)).toEqual(before);
    expect((await h.call("POST", path, { token: await h.tokenFor("admin"), body: { version: 1 } })).json.status).toBe("applied");
  });
});
