import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { audit } from "../src/db/schema/index";
import { nominationBody, tableCounts } from "./admission-fixtures";
import { paths, seedAgreement, startIncoming, type Harness } from "./harness";

let h: Harness;
beforeAll(async () => {
  h = await startIncoming();
});
afterAll(() => h.close());

async function receivingUsed(agreementId: string, conditionId: string) {
  const places = await h.agreements("GET", `/agreements/${agreementId}/availability?year=2026`, { token: await h.tokenFor("service") });
  return (places.json as Array<{ conditionId: string; used: number }>).find((p) => p.conditionId === conditionId)!.used;
}

describe("nominations", () => {
  it("records an exchange student's nomination and takes a receiving place of the agreement", async () => {
    const place = await seedAgreement(h, { places: 2 });
    const token = await h.tokenFor("incoming");
    const created = await h.call("POST", "/students", { token, body: nominationBody(place) });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ kind: "exchange", status: "nominated", eqfLevel: 6, homeCountry: "DE", agreementId: place.agreementId, version: 1 });
    expect(created.json.homeInstitutionName).toMatch(/University of Teststadt/);
    expect(await receivingUsed(place.agreementId, place.conditionId)).toBe(1);
    const [row] = await h.db.select().from(audit).where(and(eq(audit.entity, "student"), eq(audit.entityId, created.json.id)));
    expect(row!.action).toBe("nominate");

    const freeMover = await h.call("POST", "/students", { token, body: nominationBody(null) });
    expect(freeMover.status).toBe(201);
    expect(freeMover.json).toMatchObject({ kind: "free-mover", partnerId: null, agreementId: null, homeInstitutionName: "University of Lagos", homeCountry: "NG" });
  });

  it("refuses a nomination beyond the places unless overridden with a reason, which the audit keeps", async () => {
    const place = await seedAgreement(h, { places: 1 });
    const token = await h.tokenFor("incoming");
    expect((await h.call("POST", "/students", { token, body: nominationBody(place) })).status).toBe(201);
    const before = await tableCounts(h);
    const refused = await h.call("POST", "/students", { token, body: nominationBody(place) });
    expect(refused.status).toBe(409);
    expect(refused.json.detail).toMatch(/override/);
    expect(await tableCounts(h)).toEqual(before);
    expect(await receivingUsed(place.agreementId, place.conditionId)).toBe(1);

    const shortReason = await h.call("POST", "/students", { token, body: nominationBody(place, { override: { reason: "no" } }) });
    expect(shortReason.status).toBe(400);
    expect(paths(shortReason.json)).toEqual(["body.override.reason"]);

    const reason = "Double degree student agreed with the partner";
    const allowed = await h.call("POST", "/students", { token, body: nominationBody(place, { override: { reason } }) });
    expect(allowed.status).toBe(201);
    expect(await receivingUsed(place.agreementId, place.conditionId)).toBe(2);
    const [row] = await h.db.select().from(audit).where(and(eq(audit.entity, "student"), eq(audit.entityId, allowed.json.id)));
    expect(row!.action).toBe("nominate_override");
    expect(row!.after).toMatchObject({ overrideReason: reason });
  });

  it("gives the last place to one of two concurrent nominations only", async () => {
    const place = await seedAgreement(h, { places: 1 });
    const token = await h.tokenFor("incoming");
    const before = await tableCounts(h);
    const answers = await Promise.all([h.call("POST", "/students", { token, body: nominationBody(place) }), h.call("POST", "/students", { token, body: nominationBody(place) })]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    expect((await tableCounts(h)).students).toBe(before.students! + 1);
    expect(await receivingUsed(place.agreementId, place.conditionId)).toBe(1);
  });

  it("writes nothing when the agreements service refuses the place (terminated agreement)", async () => {
    const place = await seedAgreement(h);
    const agreementsToken = await h.tokenFor("agreements");
    const agreement = await h.agreements("GET", `/agreements/${place.agreementId}`, { token: agreementsToken });
    const terminated = await h.agreements("POST", `/agreements/${place.agreementId}/status`, { token: agreementsToken, body: { version: agreement.json.version, status: "terminated", reason: "Partner closed" } });
    expect(terminated.status).toBe(200);
    const before = await tableCounts(h);
    const refused = await h.call("POST", "/students", { token: await h.tokenFor("incoming"), body: nominationBody(place) });
    expect(refused.status).toBe(409);
    expect(refused.json.detail).toMatch(/agreements service refused/);
    expect(await tableCounts(h)).toEqual(before);
  });

  it("names the fields at fault and writes nothing on bad input, unknown agreements or conditions", async () => {
    const place = await seedAgreement(h);
    const other = await seedAgreement(h);
    const token = await h.tokenFor("incoming");
    const before = await tableCounts(h);
    const bad = await h.call("POST", "/students", { token, body: nominationBody(null, { email: "nope", sex: "Q", department: "", plannedDeparture: "2026-08-01", homeCountry: undefined }) });
    expect(bad.status).toBe(400);
    expect(paths(bad.json)).toEqual(["body.department", "body.email", "body.sex"]);
    const noHome = await h.call("POST", "/students", { token, body: nominationBody(null, { homeCountry: undefined, plannedDeparture: "2026-08-01" }) });
    expect(paths(noHome.json)).toEqual(["body.homeCountry", "body.plannedDeparture"]);
    const noAgreement = await h.call("POST", "/students", { token, body: nominationBody(place, { agreementId: undefined }) });
    expect(paths(noAgreement.json)).toEqual(["body.agreementId"]);
    const wrongCondition = await h.call("POST", "/students", { token, body: nominationBody(place, { conditionId: other.conditionId }) });
    expect(wrongCondition.status).toBe(400);
    expect(paths(wrongCondition.json)).toEqual(["body.conditionId"]);
    const wrongPartner = await h.call("POST", "/students", { token, body: nominationBody(place, { partnerId: other.partnerId }) });
    expect(paths(wrongPartner.json)).toEqual(["body.partnerId"]);
    const unknown = await h.call("POST", "/students", { token, body: nominationBody(place, { agreementId: "00000000-0000-4000-8000-000000000000" }) });
    expect(paths(unknown.json)).toEqual(["body.agreementId"]);
    expect(await tableCounts(h)).toEqual(before);
  });

  it("lets only the incoming team and administrators nominate", async () => {
    const before = await tableCounts(h);
    expect((await h.call("POST", "/students", { body: nominationBody(null) })).status).toBe(401);
    for (const [role, departments] of [["coordinator", ["CHINESE"]], ["leadership", []], ["analyst", []], ["outgoing", []]] as const) {
      expect((await h.call("POST", "/students", { token: await h.tokenFor(role, [...departments]), body: nominationBody(null) })).status).toBe(403);
    }
    expect(await tableCounts(h)).toEqual(before);
    expect((await h.call("POST", "/students", { token: await h.tokenFor("admin"), body: nominationBody(null) })).status).toBe(201);
  });

  it("corrects a student with the version read: stale versions, bad input and other roles change nothing", async () => {
    const token = await h.tokenFor("incoming");
    const created = (await h.call("POST", "/students", { token, body: nominationBody(null) })).json;
    const changed = await h.call("PATCH", `/students/${created.id}`, { token, body: { version: 1, level: "M1", department: "LAW" } });
    expect(changed.status).toBe(200);
    expect(changed.json).toMatchObject({ version: 2, level: "M1", eqfLevel: 7, department: "LAW" });
    const [row] = await h.db.select().from(audit).where(and(eq(audit.action, "update"), eq(audit.entityId, created.id)));
    expect(row!.before).toMatchObject({ level: "L3" });

    const before = await tableCounts(h);
    const stale = await h.call("PATCH", `/students/${created.id}`, { token, body: { version: 1, firstName: "Lea" } });
    expect(stale.status).toBe(409);
    expect(stale.json.code).toBe("stale_version");
    const bad = await h.call("PATCH", `/students/${created.id}`, { token, body: { version: 2, email: "x", plannedDeparture: "2026-01-01" } });
    expect(bad.status).toBe(400);
    expect(paths(bad.json)).toEqual(["body.email"]);
    const backwards = await h.call("PATCH", `/students/${created.id}`, { token, body: { version: 2, plannedDeparture: "2026-01-01" } });
    expect(paths(backwards.json)).toEqual(["body.plannedDeparture"]);
    expect((await h.call("PATCH", `/students/${created.id}`, { body: { version: 2 } })).status).toBe(401);
    expect((await h.call("PATCH", `/students/${created.id}`, { token: await h.tokenFor("coordinator", ["LAW"]), body: { version: 2, firstName: "Lea" } })).status).toBe(403);
    expect((await h.call("PATCH", "/students/00000000-0000-4000-8000-000000000000", { token, body: { version: 1, firstName: "Lea" } })).status).toBe(404);
    expect(await tableCounts(h)).toEqual(before);
  });
});
