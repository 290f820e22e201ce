import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count } from "drizzle-orm";
import { pdfText } from "@orbis/documents";
import { transcripts } from "../src/db/schema/index";
import { approvedCourse, auditCount, createCourse, insertStudent, validateTorXml } from "./academic-fixtures";
import { paths, seedAgreement, startIncoming, type Harness } from "./harness";

let h: Harness;
beforeAll(async () => {
  h = await startIncoming({ now: () => new Date("2027-02-10T09:30:00Z") });
});
afterAll(() => h.close());

/** A student with two graded courses (14.25 passed, 8.5 failed) and one approved course not graded yet. */
async function gradedStudent(overrides: Parameters<typeof insertStudent>[2] = {}) {
  const student = await insertStudent(h, "CHINESE", overrides);
  const token = await h.tokenFor("incoming");
  const grammar = await createCourse(h, "CHINESE", { credits: 6, titleFr: "Grammaire <chinoise> & usage", titleEn: "Chinese grammar" });
  const law = await createCourse(h, "LAW", { credits: 4.5, titleEs: null, titleFr: "Droit comparé", titleEn: "Comparative law", semester: "year" });
  const pending = await createCourse(h, "CHINESE");
  const lines = [await approvedCourse(h, student.id, grammar.id), await approvedCourse(h, student.id, law.id)];
  await approvedCourse(h, student.id, pending.id);
  await h.call("PUT", `/courses/${grammar.id}/grades`, { token, body: { grades: [{ studentId: student.id, grade: 14.25, version: lines[0]!.version }] } });
  await h.call("PUT", `/courses/${law.id}/grades`, { token, body: { grades: [{ studentId: student.id, grade: 8.5, version: lines[1]!.version }] } });
  return { student, grammar, law };
}

const issue = async (studentId: string, body: Record<string, unknown>, token?: string) =>
  h.call("POST", `/students/${studentId}/transcripts`, { token: token ?? (await h.tokenFor("incoming")), body });

const pdf = async (path: string, token?: string) => {
  const response = await h.request(path, { headers: { authorization: `Bearer ${token ?? (await h.tokenFor("incoming"))}` } });
  return { status: response.status, type: response.headers.get("content-type"), bytes: new Uint8Array(await response.arrayBuffer()) };
};

describe("transcripts of records", () => {
  it("issues version 1 from the graded courses, reissues 2 with a reason, keeps both downloadable", async () => {
    const { student } = await gradedStudent();
    const first = await issue(student.id, { latestVersion: 0 });
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ version: 1, reason: null, totalCredits: 10.5, totalEctsObtained: 6 });
    expect(first.json.lines.map((l: { grade: number; result: string; ectsGrade: string }) => [l.grade, l.result, l.ectsGrade])).toEqual([
      [14.25, "passed", "B"],
      [8.5, "failed", "F"],
    ]);
    const second = await issue(student.id, { latestVersion: 1, reason: "Note de droit corrigée après jury" });
    expect(second.status).toBe(201);
    expect(second.json).toMatchObject({ version: 2, reason: "Note de droit corrigée après jury" });
    const list = await h.call("GET", `/students/${student.id}/transcripts`, { token: await h.tokenFor("coordinator", ["CHINESE"]) });
    expect(list.json.map((t: { version: number }) => t.version)).toEqual([2, 1]);
    for (const version of [1, 2]) {
      const file = await pdf(`/students/${student.id}/transcripts/${version}/pdf?lang=en`);
      expect(file.status).toBe(200);
      expect(file.type).toBe("application/pdf");
    }
    expect((await pdf(`/students/${student.id}/transcripts/3/pdf`)).status).toBe(404);
  });

  it("prints the same grades in French, English and Spanish with each language's labels and decimals", async () => {
    const { student } = await gradedStudent();
    await issue(student.id, { latestVersion: 0 });
    const text = async (lang: string) => (await pdfText((await pdf(`/students/${student.id}/transcripts/1/pdf?lang=${lang}`)).bytes)).join("\n");
    const [fr, en, es] = [await text("fr"), await text("en"), await text("es")];
    expect(fr).toContain("Relevé de notes");
    expect(en).toContain("Transcript of Records");
    expect(es).toContain("Certificado de calificaciones");
    for (const [doc, comma] of [[fr, true], [en, false], [es, true]] as const) {
      const n = (s: string) => (comma ? s.replace(".", ",") : s);
      for (const figure of ["14.25", "8.50", "6.0", "4.5", "10.5"]) expect(doc).toContain(n(figure));
      expect(doc).toContain("B");
    }
    expect(fr).toContain("10 février 2027");
    expect(en).toContain("10 February 2027");
    expect(es).toContain("10 de febrero de 2027");
    expect(fr).toContain("Validé");
    expect(en).toContain("Passed");
    expect(es).toContain("Aprobado");
    expect(es).toContain("Comparative law"); // no Spanish title: English fallback
    expect(fr).toContain("Grammaire <chinoise> & usage");
    expect(en).toContain("quarter points");
  });

  it("exports the ToR as an EWP imobility-tors get-response that validates against the official XSD", async () => {
    const { partnerId, agreementId } = await seedAgreement(h);
    const { student } = await gradedStudent({ partnerId, agreementId });
    await issue(student.id, { latestVersion: 0 });
    const xml = await h.call("GET", `/students/${student.id}/transcripts/1/ewp`, { token: await h.tokenFor("incoming") });
    expect(xml.status).toBe(200);
    expect(xml.contentType).toContain("application/xml");
    const result = validateTorXml(xml.json as string);
    expect(result.output).toContain("validates");
    expect(result.ok).toBe(true);
    expect(xml.json).toContain(`<omobility-id>${student.id}</omobility-id>`);
    expect(xml.json).toContain('<identifier type="schac">orbis.test</identifier>');
    expect(xml.json).toMatch(/sending HEI: uni-test\d+\.de/);
    expect(xml.json).toContain("<resultLabel>14.25</resultLabel>");
    expect(xml.json).toContain('<title xml:lang="fr">Grammaire &lt;chinoise&gt; &amp; usage</title>');
    expect(xml.json).toContain("<status>failed</status>");

    const freeMover = await gradedStudent({ kind: "free-mover", programme: "FREE_MOVER" });
    await issue(freeMover.student.id, { latestVersion: 0 });
    const plain = await h.call("GET", `/students/${freeMover.student.id}/transcripts/1/ewp`, { token: await h.tokenFor("incoming") });
    expect(validateTorXml(plain.json as string).ok).toBe(true);
    expect(plain.json).not.toContain("sending HEI");
  });

  it("refuses a reissue without reason, a stale version, nothing graded, bad languages and wrong callers; writes nothing", async () => {
    const { student } = await gradedStudent();
    await issue(student.id, { latestVersion: 0 });
    const before = { n: (await h.db.select({ n: count() }).from(transcripts))[0]!.n, audit: await auditCount(h) };
    const noReason = await issue(student.id, { latestVersion: 1 });
    expect(noReason.status).toBe(400);
    expect(paths(noReason.json)).toEqual(["body.reason"]);
    expect(paths((await issue(student.id, { latestVersion: -1 })).json)).toEqual(["body.latestVersion"]);
    const stale = await issue(student.id, { latestVersion: 0 });
    expect(stale.status).toBe(409);
    expect(stale.json.code).toBe("stale_version");
    const ungraded = await insertStudent(h, "CHINESE");
    expect((await issue(ungraded.id, { latestVersion: 0 })).status).toBe(409);
    const badLang = await h.call("GET", `/students/${student.id}/transcripts/1/pdf?lang=de`, { token: await h.tokenFor("incoming") });
    expect(badLang.status).toBe(400);
    expect(paths(badLang.json)).toEqual(["query.lang"]);
    expect((await issue(student.id, { latestVersion: 1, reason: "x" }, await h.tokenFor("coordinator", ["CHINESE"]))).status).toBe(403);
    expect((await h.call("POST", `/students/${student.id}/transcripts`, { body: { latestVersion: 1, reason: "x" } })).status).toBe(401);
    const lawCoordinator = await h.tokenFor("coordinator", ["LAW"]);
    expect((await h.call("GET", `/students/${student.id}/transcripts`, { token: lawCoordinator })).status).toBe(403);
    expect((await pdf(`/students/${student.id}/transcripts/1/pdf`, lawCoordinator)).status).toBe(403);
    expect((await h.call("GET", `/students/${student.id}/transcripts/1/ewp`, { token: lawCoordinator })).status).toBe(403);
    expect((await h.call("GET", `/students/${student.id}/transcripts`, { token: await h.tokenFor("outgoing") })).status).toBe(403);
    expect({ n: (await h.db.select({ n: count() }).from(transcripts))[0]!.n, audit: await auditCount(h) }).toEqual(before);
  });
});
