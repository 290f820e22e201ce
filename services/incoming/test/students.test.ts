import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count } from "drizzle-orm";
import { audit, students } from "../src/db/schema/index";
import { paths, seedAgreement, startIncoming, type Harness } from "./harness";

let h: Harness;
beforeAll(async () => {
  h = await startIncoming();
});
afterAll(() => h.close());

const stay = (department: string, lastName: string, overrides: Partial<typeof students.$inferInsert> = {}) => ({
  kind: "exchange",
  status: "admitted",
  firstName: "Lena",
  lastName,
  email: `${lastName.toLowerCase()}@uni-teststadt.de`,
  sex: "F",
  birthDate: "2003-04-12",
  nationality: "DE",
  homeInstitutionName: "University of Teststadt",
  homeCountry: "DE",
  programme: "KA131",
  academicYear: 2026,
  period: "autumn",
  department,
  level: "L3",
  eqfLevel: 6,
  iscedCode: "0231",
  plannedArrival: "2026-09-01",
  plannedDeparture: "2027-01-31",
  ...overrides,
});

describe("incoming students", () => {
  it("lists students to the team and only their departments' guests to a coordinator, 403 on another's", async () => {
    const { agreementId, partnerId, conditionId } = await seedAgreement(h);
    const [chinese, law] = await h.db
      .insert(students)
      .values([
        stay("CHINESE", "Wagner", { agreementId, partnerId, conditionId }),
        stay("LAW", "Schulz", { agreementId, partnerId, conditionId, status: "enrolled", studentNumber: "26009876" }),
        stay("LAW", "Okafor", { kind: "free-mover", programme: "FREE_MOVER", homeInstitutionName: "University of Lagos", homeCountry: "NG", nationality: "NG", academicYear: 2025 }),
      ])
      .returning();
    const token = await h.tokenFor("incoming");
    const team = await h.call("GET", "/students?academicYear=2026", { token });
    expect(team.status).toBe(200);
    expect(team.json.total).toBe(2);
    expect(team.json.items.map((s: { lastName: string }) => s.lastName)).toEqual(["Schulz", "Wagner"]);
    expect(team.json.items[0]).toMatchObject({ studentNumber: "26009876", agreementId, conditionId, partnerId, birthDate: "2003-04-12", version: 1 });

    const filtered = async (query: string) => (await h.call("GET", `/students?${query}`, { token })).json.items.map((s: { lastName: string }) => s.lastName);
    expect(await filtered("kind=free-mover")).toEqual(["Okafor"]);
    expect(await filtered("homeCountry=NG")).toEqual(["Okafor"]);
    expect(await filtered("status=enrolled")).toEqual(["Schulz"]);
    expect(await filtered("department=CHINESE")).toEqual(["Wagner"]);
    expect(await filtered(`partnerId=${partnerId}&limit=1&offset=1`)).toEqual(["Wagner"]);
    expect(await filtered("q=lagos")).toEqual(["Okafor"]);
    expect(await filtered("q=26009")).toEqual(["Schulz"]);
    expect(await filtered("q=100%25")).toEqual([]);

    const coordinator = await h.tokenFor("coordinator", ["CHINESE"]);
    const scoped = await h.call("GET", "/students", { token: coordinator });
    expect(scoped.json.items.map((s: { lastName: string }) => s.lastName)).toEqual(["Wagner"]);
    expect((await h.call("GET", "/students?department=LAW", { token: coordinator })).json.total).toBe(0);
    expect((await h.call("GET", `/students/${chinese!.id}`, { token: coordinator })).json.lastName).toBe("Wagner");
    const refused = await h.call("GET", `/students/${law!.id}`, { token: coordinator });
    expect(refused.status).toBe(403);
    expect(refused.json.code).toBe("out_of_scope");
    for (const role of ["leadership", "analyst", "erasmus", "admin"]) {
      expect((await h.call("GET", `/students/${law!.id}`, { token: await h.tokenFor(role) })).status).toBe(200);
    }
  });

  it("refuses bad queries, unknown ids and callers without a token or the role, writing nothing", async () => {
    const [before] = await h.db.select({ n: count() }).from(audit);
    const token = await h.tokenFor("incoming");
    const bad = await h.call("GET", "/students?status=lost&kind=tourist&homeCountry=Germany&limit=0&academicYear=20", { token });
    expect(bad.status).toBe(400);
    expect(paths(bad.json)).toEqual(["query.academicYear", "query.homeCountry", "query.kind", "query.limit", "query.status"]);
    expect((await h.call("GET", "/students/not-a-uuid", { token })).status).toBe(400);
    const missing = await h.call("GET", "/students/00000000-0000-4000-8000-000000000000", { token });
    expect(missing.status).toBe(404);
    expect(missing.json.code).toBe("not_found");
    expect((await h.call("GET", "/students")).status).toBe(401);
    for (const role of ["outgoing", "agreements"]) {
      expect((await h.call("GET", "/students", { token: await h.tokenFor(role) })).status).toBe(403);
    }
    const [after] = await h.db.select({ n: count() }).from(audit);
    expect(after!.n).toBe(before!.n);
  });

  it("reads a partner's receiving places from the agreements service with its service token", async () => {
    const { agreementId } = await seedAgreement(h, { places: 3 });
    const places = await h.agreements("GET", `/agreements/${agreementId}/availability?year=2026`, { token: await h.tokenFor("service") });
    expect(places.status).toBe(200);
    const receiving = (places.json as Array<{ direction: string; places: number }>).find((p) => p.direction === "receiving");
    expect(receiving?.places).toBe(3);
  });
});
