import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aidAwards, aids, audit } from "../src/db/schema/index";
import { paths, startOutgoing, type Harness } from "./harness";
import { expectGuarded } from "./access-matrix";
import { insertMobility, rowCount } from "./mobility-fixtures";

let h: Harness;
beforeAll(async () => {
  h = await startOutgoing();
});
afterAll(() => h.close());

const ami = (overrides: Record<string, unknown> = {}) => ({
  kind: "ami",
  name: "Aide à la mobilité internationale",
  academicYear: 2026,
  budgetCents: 1_000_000,
  amountType: "monthly",
  amountCents: 40_000,
  maxFundedMonths: 4,
  rules: { scholarshipHolderRequired: true, minMonths: 2, maxMonths: 9, programmes: [], levels: ["L3", "M1"] },
  ...overrides,
});

async function createAid(body: Record<string, unknown>) {
  const created = await h.call("POST", "/aids", { token: await h.tokenFor("outgoing"), body });
  expect(created.status).toBe(201);
  return created.json as { id: string; version: number };
}

describe("aids", () => {
  it("creates, lists with budget figures and replaces an aid with its version", async () => {
    const token = await h.tokenFor("outgoing");
    const aid = await createAid(ami({ name: "Bourse régionale", kind: "regional", academicYear: 2031, amountType: "lump-sum", amountCents: 50_000 }));
    const listed = await h.call("GET", "/aids?academicYear=2031", { token: await h.tokenFor("coordinator", ["LAW"]) });
    expect(listed.json).toEqual([expect.objectContaining({ id: aid.id, committedCents: 0, remainingCents: 1_000_000, awardCount: 0 })]);
    const updated = await h.call("PUT", `/aids/${aid.id}`, { token, body: { ...ami({ academicYear: 2031 }), version: 1, budgetCents: 2_000_000 } });
    expect(updated.status).toBe(200);
    expect(updated.json).toMatchObject({ version: 2, budgetCents: 2_000_000, remainingCents: 2_000_000 });
    const stale = await h.call("PUT", `/aids/${aid.id}`, { token, body: { ...ami({ academicYear: 2031 }), version: 1 } });
    expect(stale.json.code).toBe("stale_version");
    expect((await h.call("GET", `/aids/${aid.id}`, { token })).json.version).toBe(2);
  });

  it("refuses bad aids naming the field and writing nothing; only the team writes", async () => {
    const token = await h.tokenFor("outgoing");
    const before = [await rowCount(h, aids), await rowCount(h, audit)];
    const bad = await h.call("POST", "/aids", { token, body: ami({ budgetCents: -5, amountType: "weekly", rules: { minMonths: 6, maxMonths: 3 } }) });
    expect(bad.status).toBe(400);
    expect(paths(bad.json)).toEqual(["body.amountType", "body.budgetCents", "body.rules.maxMonths"]);
    expect([await rowCount(h, aids), await rowCount(h, audit)]).toEqual(before);
    expect((await h.call("POST", "/aids", { body: ami() })).status).toBe(401);
    expect((await h.call("POST", "/aids", { token: await h.tokenFor("coordinator", ["CHINESE"]), body: ami() })).status).toBe(403);
    expect((await h.call("GET", "/aids", { token: await h.tokenFor("incoming") })).status).toBe(403);
  });

  it("explains eligibility, computes the amount capped by the funded months, and awards", async () => {
    const aid = await createAid(ami({ academicYear: 2032 }));
    // 2032-09-01 to 2033-05-31: 273 days = 9 full months, paid 4 (the cap).
    const eligible = await insertMobility(h, { academicYear: 2032, scholarshipHolder: true, plannedStart: "2032-09-01", plannedEnd: "2033-05-31" });
    const notHolder = await insertMobility(h, { academicYear: 2032, level: "M2", plannedStart: "2032-09-01", plannedEnd: "2032-10-15" });
    const token = await h.tokenFor("outgoing");
    const checks = await h.call("GET", `/mobilities/${eligible.id}/aid-eligibility`, { token });
    expect(checks.json).toEqual([expect.objectContaining({ aidId: aid.id, eligible: true, months: 9, fundedMonths: 4, amountCents: 160_000 })]);
    const refused = await h.call("GET", `/mobilities/${notHolder.id}/aid-eligibility`, { token });
    expect(refused.json[0].eligible).toBe(false);
    expect(refused.json[0].checks.filter((c: { passed: boolean }) => !c.passed).map((c: { rule: string }) => c.rule)).toEqual(["scholarshipHolder", "minMonths", "level"]);

    const awarded = await h.call("POST", `/mobilities/${eligible.id}/aid-awards`, { token, body: { aidId: aid.id } });
    expect(awarded.status).toBe(201);
    expect(awarded.json).toMatchObject({ status: "awarded", amountCents: 160_000, fundedMonths: 4, version: 1 });
    expect((await h.call("POST", `/mobilities/${eligible.id}/aid-awards`, { token, body: { aidId: aid.id } })).status).toBe(409);
    const ineligible = await h.call("POST", `/mobilities/${notHolder.id}/aid-awards`, { token, body: { aidId: aid.id } });
    expect(ineligible.status).toBe(422);
    expect(ineligible.json.detail).toContain("Not a scholarship holder");
    const unknown = await h.call("POST", `/mobilities/${eligible.id}/aid-awards`, { token, body: { aidId: "00000000-0000-4000-8000-000000000000" } });
    expect(paths(unknown.json)).toEqual(["body.aidId"]);
    expect((await h.call("GET", `/aids/${aid.id}`, { token })).json).toMatchObject({ committedCents: 160_000, remainingCents: 840_000, awardCount: 1 });
    const lower = await h.call("PUT", `/aids/${aid.id}`, { token, body: { ...ami({ academicYear: 2032 }), version: 1, budgetCents: 100_000 } });
    expect(lower.status).toBe(409);
    expect(paths(lower.json)).toEqual(["body.budgetCents"]);
  });

  it("pays or cancels an award with its version; funding sums what is not cancelled", async () => {
    const aid = await createAid(ami({ academicYear: 2033 }));
    const lump = await createAid(ami({ academicYear: 2033, name: "Bourse université", kind: "university", amountType: "lump-sum", amountCents: 30_000, rules: {} }));
    const mobility = await insertMobility(h, { academicYear: 2033, scholarshipHolder: true, plannedStart: "2033-09-01", plannedEnd: "2033-11-29" });
    const token = await h.tokenFor("outgoing");
    const monthly = (await h.call("POST", `/mobilities/${mobility.id}/aid-awards`, { token, body: { aidId: aid.id } })).json;
    expect(monthly.amountCents).toBe(120_000);
    const once = (await h.call("POST", `/mobilities/${mobility.id}/aid-awards`, { token, body: { aidId: lump.id } })).json;
    const noDate = await h.call("POST", `/aid-awards/${monthly.id}/status`, { token, body: { version: 1, status: "paid" } });
    expect(paths(noDate.json)).toEqual(["body.paidOn"]);
    const paid = await h.call("POST", `/aid-awards/${monthly.id}/status`, { token, body: { version: 1, status: "paid", paidOn: "2033-10-05" } });
    expect(paid.json).toMatchObject({ status: "paid", paidOn: "2033-10-05", version: 2 });
    expect((await h.call("POST", `/aid-awards/${monthly.id}/status`, { token, body: { version: 1, status: "cancelled", reason: "Left early" } })).json.code).toBe("stale_version");
    expect((await h.call("POST", `/aid-awards/${monthly.id}/status`, { token, body: { version: 2, status: "cancelled", reason: "Left early" } })).status).toBe(409);
    const cancelled = await h.call("POST", `/aid-awards/${once.id}/status`, { token, body: { version: 1, status: "cancelled", reason: "Double funding" } });
    expect(cancelled.json).toMatchObject({ status: "cancelled", cancelReason: "Double funding" });
    const funding = await h.call("GET", `/mobilities/${mobility.id}/funding`, { token: await h.tokenFor("coordinator", ["CHINESE"]) });
    expect(funding.json).toMatchObject({ totalCents: 120_000, paidCents: 120_000, erasmusGrantCents: null });
    expect(funding.json.awards.map((a: { aidName: string }) => a.aidName)).toEqual(["Aide à la mobilité internationale", "Bourse université"]);
    expect((await h.call("GET", `/aids/${lump.id}`, { token })).json.remainingCents).toBe(1_000_000);
    expect((await h.call("GET", `/mobilities/${mobility.id}/funding`, { token: await h.tokenFor("coordinator", ["LAW"]) })).status).toBe(403);
    expect((await h.call("POST", `/aid-awards/${monthly.id}/status`, { token: await h.tokenFor("coordinator", ["CHINESE"]), body: { version: 2, status: "cancelled", reason: "x" } })).status).toBe(403);
    expect((await h.call("GET", `/aids/${aid.id}/awards`, { token })).json).toHaveLength(1);
  });

  it("never lets concurrent awards exceed the budget", async () => {
    const aid = await createAid(ami({ academicYear: 2034, budgetCents: 500_000, amountType: "lump-sum", amountCents: 100_000, rules: {} }));
    const students = await Promise.all(Array.from({ length: 8 }, () => insertMobility(h, { academicYear: 2034 })));
    const token = await h.tokenFor("outgoing");
    const answers = await Promise.all(students.map((m) => h.call("POST", `/mobilities/${m.id}/aid-awards`, { token, body: { aidId: aid.id } })));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(5);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(3);
    const after = (await h.call("GET", `/aids/${aid.id}`, { token })).json;
    expect(after).toMatchObject({ committedCents: 500_000, remainingCents: 0, awardCount: 5 });
    expect(await rowCount(h, aidAwards)).toBeGreaterThanOrEqual(5);
  });

  it("guards every aid route by role and department, and refuses bad input on each", async () => {
    const aid = await createAid(ami({ academicYear: 2036, rules: {} }));
    const law = await insertMobility(h, { academicYear: 2036, department: "LAW" });
    const token = await h.tokenFor("outgoing");
    const award = (await h.call("POST", `/mobilities/${law.id}/aid-awards`, { token, body: { aidId: aid.id } })).json;
    const eligibility = `/mobilities/${law.id}/aid-eligibility`;
    const funding = `/mobilities/${law.id}/funding`;
    await expectGuarded(
      h,
      [
        { method: "GET", path: "/aids", wrongRole: "incoming" },
        { method: "POST", path: "/aids", body: ami(), wrongRole: "erasmus" },
        { method: "GET", path: `/aids/${aid.id}`, wrongRole: "service" },
        { method: "PUT", path: `/aids/${aid.id}`, body: { ...ami(), version: 1 }, wrongRole: "coordinator" },
        { method: "GET", path: `/aids/${aid.id}/awards`, wrongRole: "coordinator" },
        { method: "GET", path: eligibility, wrongRole: "analytics" },
        { method: "POST", path: `/mobilities/${law.id}/aid-awards`, body: { aidId: aid.id }, wrongRole: "coordinator" },
        { method: "POST", path: `/aid-awards/${award.id}/status`, body: { version: 1, status: "paid", paidOn: "2036-10-01" }, wrongRole: "leadership" },
        { method: "GET", path: funding, wrongRole: "incoming" },
      ],
      { departments: ["CHINESE"], scoped: [eligibility, funding] },
    );
    const before = [await rowCount(h, aidAwards), await rowCount(h, audit)];
    expect(paths((await h.call("GET", "/aids?academicYear=soon", { token })).json)).toEqual(["query.academicYear"]);
    expect(paths((await h.call("PUT", `/aids/${aid.id}`, { token, body: { ...ami(), version: 0, name: "" } })).json)).toEqual(["body.name", "body.version"]);
    expect(paths((await h.call("POST", `/mobilities/${law.id}/aid-awards`, { token, body: { aidId: "x" } })).json)).toEqual(["body.aidId"]);
    expect(paths((await h.call("POST", `/aid-awards/${award.id}/status`, { token, body: { version: 1, status: "lost" } })).json)).toEqual(["body.status"]);
    expect(paths((await h.call("POST", `/aid-awards/${award.id}/status`, { token, body: { version: 1, status: "paid", paidOn: "2036-02-30" } })).json)).toEqual(["body.paidOn"]);
    expect((await h.call("GET", "/mobilities/00000000-0000-4000-8000-000000000000/funding", { token })).status).toBe(404);
    expect((await h.call("GET", "/aids/00000000-0000-4000-8000-000000000000/awards", { token })).status).toBe(404);
    expect([await rowCount(h, aidAwards), await rowCount(h, audit)]).toEqual(before);
    expect((await h.call("GET", `/aids/${aid.id}`, { token })).json).toMatchObject({ version: 1, committedCents: 40_000 * 4 });
  });
});
