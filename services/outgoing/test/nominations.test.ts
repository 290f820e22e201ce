import { pdfText } from "@orbis/documents";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mobilities, nominations } from "../src/db/schema/index";
import { paths, startOutgoing, type Harness } from "./harness";
import { counts, publishedCall } from "./selection-fixtures";

let h: Harness;
beforeAll(async () => {
  h = await startOutgoing();
});
afterAll(() => h.close());

const usedPlaces = async (agreementId: string, conditionId: string) => {
  const places = await h.agreements("GET", `/agreements/${agreementId}/availability?year=2026`, { token: await h.tokenFor("service") });
  return places.json.find((p: { conditionId: string }) => p.conditionId === conditionId).used as number;
};

describe("nominations", () => {
  it("nominates an allocated student, taking a place in the agreements service, and exports for the host", async () => {
    const token = await h.tokenFor("outgoing");
    const call = await publishedCall(h, ["Dupont", "Durand"], 2);
    const created = await h.call("POST", `/calls/${call.callId}/nominations`, { token, body: { applicationId: call.applicants[0]!.id } });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ status: "nominated", partnerId: call.partnerId, agreementId: call.agreementId, eqfLevel: 6, iscedCode: "0231", academicYear: 2026, decision: null });
    expect(await usedPlaces(call.agreementId, call.conditionId)).toBe(1);
    const again = await h.call("POST", `/calls/${call.callId}/nominations`, { token, body: { applicationId: call.applicants[0]!.id } });
    expect(again.status).toBe(409);
    expect(await usedPlaces(call.agreementId, call.conditionId)).toBe(1);

    const list = await h.call("GET", `/calls/${call.callId}/nominations?partnerId=${call.partnerId}`, { token });
    expect(list.json.items).toHaveLength(1);
    const csv = await h.request(`/calls/${call.callId}/nominations/export?partnerId=${call.partnerId}&format=csv`, { headers: { authorization: `Bearer ${token}` } });
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(await csv.text()).toContain(`${call.applicants[0]!.studentNumber};Dupont;Camille`);
    const pdf = await h.request(`/calls/${call.callId}/nominations/export?partnerId=${call.partnerId}&format=pdf`, { headers: { authorization: `Bearer ${token}` } });
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect((await pdfText(new Uint8Array(await pdf.arrayBuffer()))).join(" ")).toContain("DUPONT Camille");
    const ewp = await h.call("GET", `/calls/${call.callId}/nominations/export?partnerId=${call.partnerId}&format=ewp`, { token });
    expect(ewp.json.receivingHei.heiId).toMatch(/^uni-test\d+\.de$/);
    expect(ewp.json.nominations[0]).toMatchObject({ student: { familyName: "Dupont" }, eqfLevel: 6, academicTerm: { academicYearId: "2026/2027" } });
    const badExport = await h.call("GET", `/calls/${call.callId}/nominations/export?format=doc`, { token });
    expect(paths(badExport.json)).toEqual(["query.format", "query.partnerId"]);
  });

  it("answers 409 with the agreements service's explanation when the quota is used up, writing nothing", async () => {
    const token = await h.tokenFor("outgoing");
    const call = await publishedCall(h, ["Petit"], 1);
    // Another pole used the only place meanwhile.
    const taken = await h.agreements("POST", `/agreements/${call.agreementId}/usage`, { token: await h.tokenFor("service"), body: { conditionId: call.conditionId, academicYear: 2026, count: 1, reference: "elsewhere" } });
    expect(taken.status).toBe(200);
    const before = await counts(h, nominations);
    const refused = await h.call("POST", `/calls/${call.callId}/nominations`, { token, body: { applicationId: call.applicants[0]!.id } });
    expect(refused.status).toBe(409);
    expect(refused.json.detail).toContain("Only 0 place(s) remain");
    expect(await counts(h, nominations)).toEqual(before);
    expect(await usedPlaces(call.agreementId, call.conditionId)).toBe(1);
  });

  it("lets only one of two simultaneous nominations of a student through, taking one place", async () => {
    const token = await h.tokenFor("outgoing");
    const call = await publishedCall(h, ["Lambert"], 2);
    const body = { applicationId: call.applicants[0]!.id };
    const both = await Promise.all([h.call("POST", `/calls/${call.callId}/nominations`, { token, body }), h.call("POST", `/calls/${call.callId}/nominations`, { token, body })]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await usedPlaces(call.agreementId, call.conditionId)).toBe(1);
  });

  it("refuses students without a destination, bad bodies and callers without the role", async () => {
    const token = await h.tokenFor("outgoing");
    const call = await publishedCall(h, ["Moreau", "Laurent"], 1);
    const before = await counts(h, nominations);
    const none = await h.call("POST", `/calls/${call.callId}/nominations`, { token, body: { applicationId: call.applicants[1]!.id } });
    expect(none.status).toBe(400);
    expect(paths(none.json)).toEqual(["body.applicationId"]);
    expect(paths((await h.call("POST", `/calls/${call.callId}/nominations`, { token, body: { applicationId: "x" } })).json)).toEqual(["body.applicationId"]);
    expect((await h.call("POST", `/calls/${call.callId}/nominations`, { body: { applicationId: call.applicants[0]!.id } })).status).toBe(401);
    expect((await h.call("POST", `/calls/${call.callId}/nominations`, { token: await h.tokenFor("coordinator", ["LAW"]), body: { applicationId: call.applicants[0]!.id } })).status).toBe(403);
    expect(await counts(h, nominations)).toEqual(before);
    const coordinator = await h.call("GET", `/calls/${call.callId}/nominations`, { token: await h.tokenFor("coordinator", ["CHINESE"]) });
    expect(coordinator.json.items).toEqual([]);
  });

  it("records the host's decision: accepted creates the mobility; an overlapping one is refused", async () => {
    const token = await h.tokenFor("outgoing");
    const call = await publishedCall(h, ["Garnier"], 1);
    const nominated = (await h.call("POST", `/calls/${call.callId}/nominations`, { token, body: { applicationId: call.applicants[0]!.id } })).json;
    expect((await h.call("POST", `/nominations/${nominated.id}/decision`, { body: { version: 1, decision: "accepted", decidedOn: "2026-04-02" } })).status).toBe(401);
    expect((await h.call("POST", `/nominations/${nominated.id}/decision`, { token: await h.tokenFor("coordinator", ["LAW"]), body: { version: 1, decision: "accepted", decidedOn: "2026-04-02" } })).status).toBe(403);
    expect(paths((await h.call("POST", `/nominations/${nominated.id}/decision`, { token, body: { version: 1, decision: "maybe", decidedOn: "2026-04-02" } })).json)).toEqual(["body.decision"]);
    const exported = await h.call("GET", `/calls/${call.callId}/nominations/export?partnerId=${call.partnerId}&format=ewp`, { token: await h.tokenFor("coordinator", ["LAW"]) });
    expect(exported.status).toBe(403);
    const waiting = await h.call("POST", `/nominations/${nominated.id}/decision`, { token, body: { version: 1, decision: "waiting-list", decidedOn: "2026-04-02", note: "Maybe" } });
    expect(waiting.json).toMatchObject({ decision: "waiting-list", mobilityId: null, version: 2 });
    const stale = await h.call("POST", `/nominations/${nominated.id}/decision`, { token, body: { version: 1, decision: "accepted", decidedOn: "2026-04-03" } });
    expect(stale.status).toBe(409);
    const badDates = await h.call("POST", `/nominations/${nominated.id}/decision`, { token, body: { version: 2, decision: "accepted", decidedOn: "2026-02-30", plannedStart: "2026-09-01", plannedEnd: "2026-08-01" } });
    expect(paths(badDates.json)).toEqual(["body.decidedOn", "body.plannedEnd"]);

    // The student already has a mobility in the autumn: accepting would overlap.
    const clash = await h.db
      .insert(mobilities)
      .values({ ...studentOf(nominated), programme: "BILATERAL", mobilityType: "student-studies", academicYear: 2026, hostName: "Elsewhere", hostCountry: "CA", eqfLevel: 6, iscedCode: "0231", plannedStart: "2026-10-01", plannedEnd: "2026-12-20" })
      .returning();
    const mobilitiesBefore = await counts(h, mobilities);
    const overlap = await h.call("POST", `/nominations/${nominated.id}/decision`, { token, body: { version: 2, decision: "accepted", decidedOn: "2026-04-03" } });
    expect(overlap.status).toBe(409);
    expect(await counts(h, mobilities)).toEqual(mobilitiesBefore);
    await h.db.update(mobilities).set({ status: "cancelled" }).where(eq(mobilities.id, clash[0]!.id));

    const accepted = await h.call("POST", `/nominations/${nominated.id}/decision`, { token, body: { version: 2, decision: "accepted", decidedOn: "2026-04-03", note: "Welcome" } });
    expect(accepted.status).toBe(200);
    const mobility = await h.call("GET", `/mobilities/${accepted.json.mobilityId}`, { token });
    expect(mobility.json).toMatchObject({ applicationId: call.applicants[0]!.id, programme: "KA131", agreementId: call.agreementId, conditionId: call.conditionId, partnerId: call.partnerId, hostCountry: "DE", hostCity: "Teststadt", eqfLevel: 6, iscedCode: "0231", plannedStart: "2026-09-01", plannedEnd: "2027-01-31", status: "planned", lastName: "Garnier" });
    // The follow-up checklist comes with the mobility, grant agreement included for Erasmus+.
    const steps = await h.call("GET", `/mobilities/${accepted.json.mobilityId}/steps`, { token });
    expect(steps.json.map((step: { step: string }) => step.step)).toEqual(expect.arrayContaining(["learning-agreement", "grant-agreement", "recognition"]));
    const withdraw = await h.call("POST", `/nominations/${nominated.id}/withdraw`, { token, body: { version: 3, reason: "Changed mind" } });
    expect(withdraw.status).toBe(409);
  });

  it("withdraws a nomination and gives the place back", async () => {
    const token = await h.tokenFor("outgoing");
    const call = await publishedCall(h, ["Roux"], 1);
    const nominated = (await h.call("POST", `/calls/${call.callId}/nominations`, { token, body: { applicationId: call.applicants[0]!.id } })).json;
    expect(await usedPlaces(call.agreementId, call.conditionId)).toBe(1);
    const noReason = await h.call("POST", `/nominations/${nominated.id}/withdraw`, { token, body: { version: 1 } });
    expect(paths(noReason.json)).toEqual(["body.reason"]);
    const withdrawn = await h.call("POST", `/nominations/${nominated.id}/withdraw`, { token, body: { version: 1, reason: "Illness" } });
    expect(withdrawn.json.status).toBe("withdrawn");
    expect(await usedPlaces(call.agreementId, call.conditionId)).toBe(0);
    expect((await h.call("POST", `/nominations/${nominated.id}/withdraw`, { token: await h.tokenFor("erasmus"), body: { version: 2, reason: "x" } })).status).toBe(403);
  });
});

function studentOf(n: { studentNumber: string; firstName: string; lastName: string; email: string; department: string; level: string }) {
  return { studentNumber: n.studentNumber, firstName: n.firstName, lastName: n.lastName, email: n.email, department: n.department, level: n.level, sex: "F", nationality: "FR" };
}
