import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mobilities } from "../src/db/schema/index";
import { seedAgreement, startOutgoing, type Harness } from "./harness";

let h: Harness;
beforeAll(async () => {
  h = await startOutgoing();
});
afterAll(() => h.close());

const student = (department: string, lastName: string) => ({
  studentNumber: `2100${lastName.length}${department.length}00`,
  firstName: "Camille",
  lastName,
  email: `${lastName.toLowerCase()}@etu.orbis.test`,
  department,
  level: "L3",
  sex: "F",
  nationality: "FR",
});

describe("mobilities", () => {
  it("lists mobilities to the team and only their departments' to a coordinator, 403 on another's", async () => {
    const { agreementId, partnerId, conditionId } = await seedAgreement(h);
    const base = { programme: "KA131", mobilityType: "student-studies", academicYear: 2026, agreementId, conditionId, partnerId, hostName: "Teststadt", hostCountry: "DE", eqfLevel: 6, iscedCode: "0231", plannedStart: "2026-09-01", plannedEnd: "2027-01-31" };
    const [chinese, law] = await h.db
      .insert(mobilities)
      .values([
        { ...base, ...student("CHINESE", "Martin") },
        { ...base, ...student("LAW", "Bernard") },
      ])
      .returning();
    const team = await h.call("GET", "/mobilities?academicYear=2026", { token: await h.tokenFor("outgoing") });
    expect(team.status).toBe(200);
    expect(team.json.total).toBe(2);
    const coordinator = await h.tokenFor("coordinator", ["CHINESE"]);
    const scoped = await h.call("GET", "/mobilities", { token: coordinator });
    expect(scoped.json.items.map((m: { lastName: string }) => m.lastName)).toEqual(["Martin"]);
    expect((await h.call("GET", `/mobilities/${chinese!.id}`, { token: coordinator })).status).toBe(200);
    expect((await h.call("GET", `/mobilities/${law!.id}`, { token: coordinator })).status).toBe(403);
  });

  it("refuses bad queries, unknown ids and callers without a token or the role", async () => {
    const token = await h.tokenFor("outgoing");
    const bad = await h.call("GET", "/mobilities?status=lost&limit=0", { token });
    expect(bad.status).toBe(400);
    expect(bad.json.errors.map((e: { path: string }) => e.path).sort()).toEqual(["query.limit", "query.status"]);
    expect((await h.call("GET", "/mobilities/not-a-uuid", { token })).status).toBe(400);
    expect((await h.call("GET", "/mobilities/00000000-0000-4000-8000-000000000000", { token })).status).toBe(404);
    expect((await h.call("GET", "/mobilities")).status).toBe(401);
    expect((await h.call("GET", "/mobilities", { token: await h.tokenFor("incoming") })).status).toBe(403);
  });

  it("reads places from the agreements service with its service token", async () => {
    const { agreementId } = await seedAgreement(h, { places: 3 });
    const token = await h.tokenFor("service");
    const places = await h.agreements("GET", `/agreements/${agreementId}/availability?year=2026`, { token });
    expect(places.status).toBe(200);
  });
});
