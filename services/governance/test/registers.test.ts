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

async function post(path: string, body: Record<string, unknown>, token = vp) {
  const res = await h.call("POST", path, { token, body });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return res.json;
}

describe("labels", () => {
  it("follows criteria, audits and renewal alerts", async () => {
    const label = await post("/labels", {
      name: "Bienvenue en France",
      issuer: "Campus France",
      status: "granted",
      grantedOn: "2023-01-15",
      expiresOn: "2027-01-15",
      renewalNoticeDays: 120,
    });
    await post("/labels", { name: "Qualité FLE", issuer: "France Éducation international", status: "granted", grantedOn: "2025-06-01", expiresOn: "2029-06-01" });
    const criterion = await post("/label-criteria", { labelId: label.id, code: "A1", text: "Accueil des étudiants internationaux", evidence: "Guichet unique" });
    expect(criterion.status).toBe("not-assessed");
    expect((await h.call("PATCH", `/label-criteria/${criterion.id}`, { token: vp, body: { version: 1, status: "met" } })).json.status).toBe("met");
    await post("/label-audits", { labelId: label.id, auditOn: "2026-12-10", kind: "renewal", auditor: "Campus France" });
    const due = await h.call("GET", "/labels?renewalDue=true", { token: await h.tokenFor("analyst") });
    expect(due.json.items.map((l: { name: string }) => l.name)).toEqual(["Bienvenue en France"]);
    const audits = await h.call("GET", `/label-audits?labelId=${label.id}`, { token: vp });
    expect(audits.json.items[0]).toMatchObject({ kind: "renewal", outcome: "scheduled" });
  });

  it("refuses bad input and stale versions", async () => {
    const reversed = await h.call("POST", "/labels", { token: vp, body: { name: "X", issuer: "Y", grantedOn: "2026-01-01", expiresOn: "2025-01-01" } });
    expect(paths(reversed.json)).toEqual(["body.expiresOn"]);
    const bad = await h.call("POST", "/label-criteria", { token: vp, body: { labelId: "nope", code: "", text: "x", status: "great" } });
    expect(paths(bad.json)).toEqual(["body.code", "body.labelId", "body.status"]);
    const audit = await h.call("POST", "/label-audits", { token: vp, body: { labelId: "00000000-0000-4000-8000-000000000000", auditOn: "2026-01-01", kind: "renewal" } });
    expect(paths(audit.json)).toEqual(["body.labelId"]);
    const label = await post("/labels", { name: "Z", issuer: "W" });
    await h.call("PATCH", `/labels/${label.id}`, { token: vp, body: { version: 1, notes: "a" } });
    expect((await h.call("PATCH", `/labels/${label.id}`, { token: vp, body: { version: 1, notes: "b" } })).status).toBe(409);
  });
});

describe("network memberships", () => {
  it("keeps fees per year (one per year), representatives and events", async () => {
    const auf = await post("/memberships", {
      name: "Agence universitaire de la Francophonie",
      code: "AUF",
      kind: "network",
      memberSince: "2012-01-01",
      renewalOn: "2027-01-01",
      representatives: ["Vice-présidente RI"],
    });
    expect(auf.representatives).toEqual(["Vice-présidente RI"]);
    await post("/membership-fees", { membershipId: auf.id, year: 2026, amountCents: 350000, paidOn: "2026-02-10" });
    const dup = await h.call("POST", "/membership-fees", { token: vp, body: { membershipId: auf.id, year: 2026, amountCents: 1 } });
    expect(dup.status).toBe(409);
    expect(paths(dup.json)).toEqual(["body.year"]);
    await post("/membership-events", { membershipId: auf.id, title: "Assemblée générale", startsOn: "2026-05-20", location: "Montréal", attendees: ["VP RI"] });
    const events = await h.call("GET", `/membership-events?membershipId=${auf.id}&year=2026`, { token: await h.tokenFor("agreements") });
    expect(events.json.items[0]).toMatchObject({ title: "Assemblée générale", attendees: ["VP RI"] });
    const negative = await h.call("POST", "/membership-fees", { token: vp, body: { membershipId: auf.id, year: 2025, amountCents: -5 } });
    expect(paths(negative.json)).toEqual(["body.amountCents"]);
    const badKind = await h.call("POST", "/memberships", { token: vp, body: { name: "X", kind: "club", memberSince: "2020-01-01", renewalOn: "2019-01-01" } });
    expect(paths(badKind.json)).toEqual(["body.kind"]);
    const reversed = await h.call("POST", "/memberships", { token: vp, body: { name: "X", kind: "forum", memberSince: "2020-01-01", renewalOn: "2019-01-01" } });
    expect(paths(reversed.json)).toEqual(["body.renewalOn"]);
  });
});

describe("delegations", () => {
  it("checks the partner and the agreements it led to in the agreements registry", async () => {
    const agreementsToken = await h.tokenFor("agreements");
    const partner = await h.agreements("POST", "/partners", {
      token: agreementsToken,
      body: { name: "Peking University", nameLatin: "Peking University", countryCode: "CN", city: "Beijing" },
    });
    expect(partner.status).toBe(201);
    const agreement = await h.agreements("POST", "/agreements", {
      token: agreementsToken,
      body: { type: "bilateral", title: "Accord-cadre PKU", partnerIds: [partner.json.id], departments: ["CHINESE"], startYear: 2026, endYear: 2030, conditions: [] },
    });
    expect(agreement.status, JSON.stringify(agreement.json)).toBe(201);
    const body = {
      direction: "incoming",
      institution: "Peking University",
      countryCode: "CN",
      partnerId: partner.json.id,
      startsOn: "2026-03-10",
      endsOn: "2026-03-12",
      programme: "Jour 1 : accueil par la présidence ; jour 2 : visite du département d'études chinoises",
      participants: [
        { name: "Prof. Zhang", role: "Vice-président", side: "guest" },
        { name: "VP RI", role: "Vice-présidente", side: "home" },
      ],
    };
    const d = await post("/delegations", body);
    const linked = await h.call("PATCH", `/delegations/${d.id}`, { token: vp, body: { version: 1, status: "done", followUp: "Accord-cadre signé", agreementIds: [agreement.json.id] } });
    expect(linked.status, JSON.stringify(linked.json)).toBe(200);
    expect(linked.json.agreementIds).toEqual([agreement.json.id]);
    const unknown = await h.call("PATCH", `/delegations/${d.id}`, {
      token: vp,
      body: { version: 2, agreementIds: [agreement.json.id, "00000000-0000-4000-8000-000000000009"] },
    });
    expect(unknown.status).toBe(400);
    expect(paths(unknown.json)).toEqual(["body.agreementIds.1"]);
    const noPartner = await h.call("POST", "/delegations", { token: vp, body: { ...body, partnerId: "00000000-0000-4000-8000-000000000009" } });
    expect(paths(noPartner.json)).toEqual(["body.partnerId"]);
    const reversed = await h.call("POST", "/delegations", { token: vp, body: { ...body, partnerId: null, endsOn: "2026-03-01" } });
    expect(paths(reversed.json)).toEqual(["body.endsOn"]);
    const badParticipant = await h.call("POST", "/delegations", { token: vp, body: { ...body, participants: [{ name: "", role: "x", side: "both" }] } });
    expect(paths(badParticipant.json)).toEqual(["body.participants.0.name", "body.participants.0.side"]);
    const list = await h.call("GET", "/delegations?direction=incoming&year=2026&countryCode=cn", { token: await h.tokenFor("incoming") });
    expect(list.json.total).toBe(1);
  });
});

describe("access", () => {
  it("guards the labels, memberships and delegations routes", async () => {
    const l = await post("/labels", { name: "Guard", issuer: "x" });
    const m = await post("/memberships", { name: "Guard", kind: "forum", memberSince: "2020-01-01" });
    const d = await post("/delegations", { direction: "outgoing", institution: "X", countryCode: "JP", startsOn: "2026-01-01", endsOn: "2026-01-02" });
    await expectGuarded(h, [
      { method: "GET", path: "/labels", wrongRole: "coordinator" },
      { method: "POST", path: "/labels", body: { name: "x", issuer: "y" }, wrongRole: "analyst" },
      { method: "PATCH", path: `/labels/${l.id}`, body: { version: 1 }, wrongRole: "erasmus" },
      { method: "GET", path: "/label-criteria", wrongRole: "coordinator" },
      { method: "POST", path: "/label-criteria", body: { labelId: l.id, code: "A", text: "x" }, wrongRole: "analyst" },
      { method: "GET", path: "/label-audits", wrongRole: "coordinator" },
      { method: "POST", path: "/label-audits", body: { labelId: l.id, auditOn: "2026-01-01", kind: "initial" }, wrongRole: "outgoing" },
      { method: "GET", path: "/memberships", wrongRole: "coordinator" },
      { method: "POST", path: "/memberships", body: { name: "x", kind: "forum", memberSince: "2020-01-01" }, wrongRole: "analyst" },
      { method: "DELETE", path: `/memberships/${m.id}?version=1`, wrongRole: "incoming" },
      { method: "GET", path: "/membership-fees", wrongRole: "coordinator" },
      { method: "POST", path: "/membership-fees", body: { membershipId: m.id, year: 2026, amountCents: 1 }, wrongRole: "analyst" },
      { method: "GET", path: "/membership-events", wrongRole: "coordinator" },
      { method: "POST", path: "/membership-events", body: { membershipId: m.id, title: "x", startsOn: "2026-01-01" }, wrongRole: "analyst" },
      { method: "GET", path: "/delegations", wrongRole: "coordinator" },
      { method: "POST", path: "/delegations", body: {}, wrongRole: "analyst" },
      { method: "PATCH", path: `/delegations/${d.id}`, body: { version: 1 }, wrongRole: "agreements" },
    ]);
  });
});
