import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectGuarded } from "./access";
import { paths, startGovernance, type Harness } from "./harness";

let h: Harness;
let vp: string;
beforeAll(async () => {
  h = await startGovernance();
  vp = await h.tokenFor("leadership");
  await h.call("POST", "/missions", {
    token: await h.tokenFor("erasmus"),
    body: { department: "LAW", destinationCity: "Pune", destinationCountry: "IN", purpose: "Network meeting", startDate: "2031-02-01", endDate: "2031-02-05", costLines: [{ category: "transport", label: "Train", amountCents: 12_000 }] },
  });
  const call = await h.call("POST", "/scholarships/calls", {
    token: vp,
    body: { title: "Excellence 2031", year: 2031, closesOn: "2031-04-30", budgetCents: 100, awardCents: 100, criteria: [{ key: "a", label: "A", weight: 1 }], committee: ["leadership@test.invalid"] },
  });
  await h.call("POST", `/scholarships/calls/${call.json.id}/candidates`, { token: vp, body: { name: "Ana Lima", email: "ana@example.org", nationality: "BR", programmeOfStudy: "Master Law" } });
});
afterAll(() => h.close());

describe("analytics exports", () => {
  it("guards and validates", async () => {
    await expectGuarded(h, [["GET", "/exports/missions"], ["GET", "/exports/scholarships"]], await h.tokenFor("outgoing"));
    expect(paths((await h.call("GET", "/exports/missions?since=yesterday", { token: vp })).json)).toEqual(["query.since"]);
  });

  it("streams pseudonymous NDJSON with a versioned header, and CSV; `since` filters", async () => {
    for (const [dataset, contract] of [["missions", "governance.missions"], ["scholarships", "governance.scholarships"]] as const) {
      const res = await h.request(`/exports/${dataset}`, { headers: { authorization: `Bearer ${await h.tokenFor("analytics")}` } });
      expect(res.status).toBe(200);
      const lines = (await res.text()).trim().split("\n").map((l) => JSON.parse(l));
      expect(lines[0]).toMatchObject({ contract, version: 1 });
      expect(lines).toHaveLength(2);
      expect(JSON.stringify(lines[1])).not.toMatch(/@|Lima|Network meeting/);
      const later = await h.request(`/exports/${dataset}?since=2100-01-01T00:00:00Z`, { headers: { authorization: `Bearer ${vp}` } });
      expect((await later.text()).trim().split("\n")).toHaveLength(1);
    }
    const csv = await h.call("GET", "/exports/missions?format=csv", { token: vp });
    expect(String(csv.json).split("\r\n")[0]).toBe("id,year,department,destinationCountry,startDate,endDate,status,totalCents,reimbursedCents,updatedAt");
  });
});
