import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applications } from "../src/db/schema/index";
import { paths, seedAgreement, startOutgoing, type Harness } from "./harness";
import { applicationBody, counts, createApplication, createCall, syncDestinations } from "./selection-fixtures";

let h: Harness;
let callId: string;
let lawDestination: string;
let chineseOnly: string;
beforeAll(async () => {
  h = await startOutgoing();
  const law = await seedAgreement(h, { departments: [] });
  const chinese = await seedAgreement(h, { departments: ["CHINESE"] });
  callId = (await createCall(h, { eligibility: { levels: ["L3", "M1", "M2"], minGradeAverage: 12, languageCertificateRequired: true, minCefr: "B2" } })).id;
  const destinations = await syncDestinations(h, callId);
  lawDestination = destinations.find((d) => d.agreementId === law.agreementId)!.id;
  chineseOnly = destinations.find((d) => d.agreementId === chinese.agreementId)!.id;
});
afterAll(() => h.close());

describe("applications", () => {
  it("records an application with its choices and computes eligibility from the call's rules", async () => {
    const token = await h.tokenFor("outgoing");
    const created = await h.call("POST", `/calls/${callId}/applications`, { token, body: applicationBody({ choices: [lawDestination] }) });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ status: "submitted", choices: [lawDestination], eligibility: { eligible: true, reasons: [] }, version: 1 });
    const weak = await createApplication(h, callId, { gradeAverage: 9.5, languageCertificate: { language: "de", cefr: "B1" } });
    const read = await h.call("GET", `/applications/${weak.id}`, { token });
    expect(read.json.eligibility.eligible).toBe(false);
    expect(read.json.eligibility.reasons).toEqual(["Grade average 9.5/20 is below the minimum 12/20", "Language certificate B1 is below the required B2"]);
    const ineligible = await h.call("GET", `/calls/${callId}/applications?eligible=false`, { token });
    expect(ineligible.json.items.map((a: { id: string }) => a.id)).toEqual([weak.id]);
  });

  it("names the choice at fault: not open to the student's level or department", async () => {
    const token = await h.tokenFor("outgoing");
    const before = await counts(h, applications);
    const phd = await h.call("POST", `/calls/${callId}/applications`, { token, body: applicationBody({ level: "M2", choices: [lawDestination, chineseOnly] }) });
    expect(phd.status).toBe(400);
    // M2 is EQF 7 (accepted); LAW is not among the Chinese-only agreement's departments.
    expect(paths(phd.json)).toEqual(["body.choices.1"]);
    const unknown = await h.call("POST", `/calls/${callId}/applications`, { token, body: applicationBody({ choices: ["00000000-0000-4000-8000-000000000000"] }) });
    expect(paths(unknown.json)).toEqual(["body.choices.0"]);
    const bad = await h.call("POST", `/calls/${callId}/applications`, { token, body: applicationBody({ gradeAverage: 21, email: "nope", choices: [lawDestination, lawDestination] }) });
    expect(paths(bad.json)).toEqual(["body.choices", "body.email", "body.gradeAverage"]);
    expect(await counts(h, applications)).toEqual(before);
  });

  it("refuses a second application of the same student in the call (409)", async () => {
    const first = await createApplication(h, callId);
    const before = await counts(h, applications);
    const again = await h.call("POST", `/calls/${callId}/applications`, { token: await h.tokenFor("outgoing"), body: applicationBody({ studentNumber: first.studentNumber }) });
    expect(again.status).toBe(409);
    expect(paths(again.json)).toEqual(["body.studentNumber"]);
    expect(await counts(h, applications)).toEqual(before);
  });

  it("edits with optimistic concurrency (one of two saves of a version wins) and withdraws", async () => {
    const token = await h.tokenFor("outgoing");
    const application = await createApplication(h, callId);
    const saves = await Promise.all([
      h.call("PATCH", `/applications/${application.id}`, { token, body: { version: 1, gradeAverage: 15 } }),
      h.call("PATCH", `/applications/${application.id}`, { token, body: { version: 1, gradeAverage: 16 } }),
    ]);
    expect(saves.map((s) => s.status).sort()).toEqual([200, 409]);
    const badChoice = await h.call("PATCH", `/applications/${application.id}`, { token, body: { version: 2, choices: [chineseOnly] } });
    expect(paths(badChoice.json)).toEqual(["body.choices.0"]);
    const withdrawn = await h.call("POST", `/applications/${application.id}/withdraw`, { token, body: { version: 2, reason: "Gives up" } });
    expect(withdrawn.json).toMatchObject({ status: "withdrawn", withdrawnReason: "Gives up", version: 3 });
    const noReason = await h.call("POST", `/applications/${application.id}/withdraw`, { token, body: { version: 3 } });
    expect(paths(noReason.json)).toEqual(["body.reason"]);
  });

  it("shows coordinators their departments' applications only; others get 401/403", async () => {
    const chinese = await createApplication(h, callId, { department: "CHINESE" });
    const law = await createApplication(h, callId, { department: "LAW" });
    const coordinator = await h.tokenFor("coordinator", ["CHINESE"]);
    const list = await h.call("GET", `/calls/${callId}/applications`, { token: coordinator });
    expect(new Set(list.json.items.map((a: { department: string }) => a.department))).toEqual(new Set(["CHINESE"]));
    expect((await h.call("GET", `/applications/${chinese.id}`, { token: coordinator })).status).toBe(200);
    const other = await h.call("GET", `/applications/${law.id}`, { token: coordinator });
    expect(other.status).toBe(403);
    expect(other.json.code).toBe("out_of_scope");
    expect((await h.call("PATCH", `/applications/${chinese.id}`, { token: coordinator, body: { version: 1, gradeAverage: 20 } })).status).toBe(403);
    expect((await h.call("POST", `/calls/${callId}/applications`, { body: applicationBody() })).status).toBe(401);
    expect((await h.call("GET", `/calls/${callId}/applications`, { token: await h.tokenFor("erasmus") })).status).toBe(403);
    const badQuery = await h.call("GET", `/calls/${callId}/applications?eligible=maybe&department=law`, { token: coordinator });
    expect(paths(badQuery.json)).toEqual(["query.department", "query.eligible"]);
    expect((await h.call("POST", `/applications/${law.id}/withdraw`, { token: coordinator, body: { version: 1, reason: "x" } })).status).toBe(403);
  });
});
