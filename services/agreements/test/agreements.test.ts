import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agreements, conditions } from "../src/db/schema";
import { agreementBody, partnerBody, paths, startAgreements, type Harness } from "./harness";

let h: Harness;
let writer: string;
let reader: string;
let berlin: { id: string };
let tokyo: { id: string };
// 23 November 2026: academic year 2026-2027 is the current one.
const NOW = new Date("2026-11-23T10:00:00Z");

beforeAll(async () => {
  h = await startAgreements({ now: () => NOW });
  writer = await h.tokenFor("agreements");
  reader = await h.tokenFor("leadership");
  berlin = (await h.call("POST", "/partners", { token: writer, body: partnerBody({ nameLatin: "Humboldt University of Berlin", city: "Berlin" }) })).json;
  tokyo = (
    await h.call("POST", "/partners", {
      token: writer,
      body: partnerBody({ name: "東京大学", nameLatin: "University of Tokyo", countryCode: "JP", city: "Tokyo", erasmusCode: null, schacCode: "u-tokyo.ac.jp" }),
    })
  ).json;
});
afterAll(() => h.close());

const create = async (body: Record<string, unknown>) => {
  const r = await h.call("POST", "/agreements", { token: writer, body });
  if (r.status !== 201) throw new Error(JSON.stringify(r.json));
  return r.json;
};
const setStatus = async (a: { id: string; version: number }, status: string) =>
  h.call("POST", `/agreements/${a.id}/status`, { token: writer, body: { version: a.version, status } });
const activate = async (a: { id: string; version: number }) => {
  let current = a;
  for (const s of ["negotiation", "signed-one-side", "active"]) current = (await setStatus(current, s)).json;
  return current as { id: string; version: number; status: string };
};
const countRows = async () => [(await h.db.select().from(agreements)).length, (await h.db.select().from(conditions)).length];

describe("agreements", () => {
  it("creates a draft with a generated reference, partners and conditions", async () => {
    const a = await create(agreementBody([berlin.id], { signatories: [{ side: "home", name: "Jeanne Martin", signedOn: "2024-05-02" }] }));
    expect(a).toMatchObject({ status: "draft", version: 1, previousId: null, partnerIds: [berlin.id], departments: ["CHINESE"] });
    expect(a.reference).toMatch(/^IIA-2024-\d{4}$/);
    expect(a.partners[0]).toMatchObject({ id: berlin.id, countryCode: "DE" });
    expect(a.conditions).toHaveLength(2);
    expect(a.conditions[0]).toMatchObject({ direction: "sending", places: 2, eqfLevels: [6, 7] });
    const b = await create(agreementBody([berlin.id]));
    expect(Number(b.reference.slice(-4))).toBe(Number(a.reference.slice(-4)) + 1);
    const got = await h.call("GET", `/agreements/${a.id}`, { token: reader });
    expect(got.json.signatories).toEqual([{ side: "home", name: "Jeanne Martin", role: "", signedOn: "2024-05-02" }]);
  });

  it("refuses bad input with field paths and writes nothing", async () => {
    const before = await countRows();
    const bad = await h.call("POST", "/agreements", {
      token: writer,
      body: agreementBody([berlin.id], {
        type: "loan",
        startYear: 2026,
        endYear: 2024,
        departments: ["lowercase"],
        conditions: [{ direction: "sending", mobilityType: "student-studies", places: -1, iscedCodes: ["x"], eqfLevels: [9] }],
      }),
    });
    expect(bad.status).toBe(400);
    expect(paths(bad.json)).toEqual(
      ["body.conditions.0.eqfLevels.0", "body.conditions.0.iscedCodes.0", "body.conditions.0.places", "body.departments.0", "body.type"].sort(),
    );
    const endBeforeStart = await h.call("POST", "/agreements", { token: writer, body: agreementBody([berlin.id], { startYear: 2026, endYear: 2024 }) });
    expect(paths(endBeforeStart.json)).toEqual(["body.endYear"]);
    const unknownPartner = await h.call("POST", "/agreements", { token: writer, body: agreementBody([berlin.id, "00000000-0000-4000-8000-000000000000"]) });
    expect(unknownPartner.status).toBe(400);
    expect(paths(unknownPartner.json)).toEqual(["body.partnerIds.1"]);
    expect(await countRows()).toEqual(before);
  });

  it("edits only what is sent, keeps condition ids, checks years and versions", async () => {
    const a = await create(agreementBody([berlin.id]));
    const kept = a.conditions[0];
    const r = await h.call("PATCH", `/agreements/${a.id}`, {
      token: writer,
      body: { version: 1, title: "Renamed", conditions: [{ ...kept, places: 4 }, { direction: "receiving", mobilityType: "staff-teaching", places: 1 }] },
    });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ title: "Renamed", version: 2, departments: ["CHINESE"], startYear: 2024, endYear: 2027 });
    expect(r.json.conditions.map((c: { id: string; places: number }) => [c.id === kept.id, c.places])).toEqual([[true, 4], [false, 1]]);
    const before = await countRows();
    const endBefore = await h.call("PATCH", `/agreements/${a.id}`, { token: writer, body: { version: 2, endYear: 2020 } });
    expect(endBefore.status).toBe(400);
    expect(paths(endBefore.json)).toEqual(["body.endYear"]);
    const negative = await h.call("PATCH", `/agreements/${a.id}`, { token: writer, body: { version: 2, conditions: [{ ...kept, places: -2 }] } });
    expect(paths(negative.json)).toEqual(["body.conditions.0.places"]);
    const stale = await h.call("PATCH", `/agreements/${a.id}`, { token: writer, body: { version: 1, title: "Lost update" } });
    expect(stale.status).toBe(409);
    expect(stale.json.code).toBe("stale_version");
    expect(await countRows()).toEqual(before);
    expect((await h.call("GET", `/agreements/${a.id}`, { token: reader })).json).toMatchObject({ title: "Renamed", version: 2 });
  });

  it("follows the status workflow and refuses other transitions with a clear 409", async () => {
    const a = await create(agreementBody([berlin.id]));
    const skip = await setStatus(a, "active");
    expect(skip.status).toBe(409);
    expect(skip.json.code).toBe("conflict");
    expect(skip.json.detail).toContain('from "draft" to "active"');
    const active = await activate(a);
    expect(active).toMatchObject({ status: "active", version: 4 });
    const stale = await setStatus(a, "terminated");
    expect(stale.status).toBe(409);
    expect(stale.json.code).toBe("stale_version");
    const terminated = (await setStatus(active, "terminated")).json;
    expect(terminated.status).toBe("terminated");
    const final = await setStatus(terminated, "active");
    expect(final.status).toBe(409);
    expect(final.json.detail).toContain("final status");
    const history = await h.call("GET", `/agreements/${a.id}/history`, { token: reader });
    expect(history.json.items.map((r: { action: string }) => r.action)).toEqual(["status", "status", "status", "status", "create"]);
    expect(history.json.items[0].after).toMatchObject({ status: "terminated" });
  });

  it("renews into a linked next version and shows the differences", async () => {
    const a = await activate(await create(agreementBody([berlin.id], { startYear: 2021, endYear: 2026 })));
    const early = await h.call("POST", `/agreements/${a.id}/renew`, { token: writer, body: { version: a.version, startYear: 2027, endYear: 2025 } });
    expect(paths(early.json)).toEqual(["body.endYear"]);
    const r = await h.call("POST", `/agreements/${a.id}/renew`, { token: writer, body: { version: a.version, startYear: 2027, endYear: 2030 } });
    expect(r.status).toBe(201);
    expect(r.json).toMatchObject({ status: "draft", previousId: a.id, startYear: 2027, endYear: 2030, partnerIds: [berlin.id] });
    expect(r.json.reference).toMatch(/^IIA-2027-/);
    const old = (await h.call("GET", `/agreements/${a.id}`, { token: reader })).json;
    expect(old).toMatchObject({ status: "renewed", nextId: r.json.id });
    const again = await h.call("POST", `/agreements/${a.id}/renew`, { token: writer, body: { version: old.version, startYear: 2031, endYear: 2032 } });
    expect(again.status).toBe(409);
    await h.call("PATCH", `/agreements/${r.json.id}`, {
      token: writer,
      body: { version: r.json.version, partnerIds: [berlin.id, tokyo.id], conditions: [{ ...r.json.conditions[0], places: 5 }] },
    });
    const diff = await h.call("GET", `/agreements/${r.json.id}/diff`, { token: reader });
    expect(diff.json.previousId).toBe(a.id);
    expect(diff.json.changes.map((c: { field: string }) => c.field)).toEqual(["partnerIds", "startYear", "endYear", "conditions"]);
    expect(diff.json.changes.find((c: { field: string }) => c.field === "endYear")).toEqual({ field: "endYear", before: 2026, after: 2030 });
    expect((await h.call("GET", `/agreements/${a.id}/diff`, { token: reader })).json).toEqual({ previousId: null, changes: [] });
  });

  it("lists agreements ending within the horizon", async () => {
    const ending = await activate(await create(agreementBody([tokyo.id], { type: "bilateral", title: "Ends August 2027", startYear: 2022, endYear: 2026 })));
    const later = await activate(await create(agreementBody([tokyo.id], { type: "bilateral", title: "Ends August 2029", startYear: 2022, endYear: 2028 })));
    const twelve = await h.call("GET", "/agreements/expiring?horizonMonths=12", { token: reader });
    const ids = twelve.json.items.map((a: { id: string }) => a.id);
    expect(ids).toContain(ending.id);
    expect(ids).not.toContain(later.id);
    const long = await h.call("GET", "/agreements/expiring?horizonMonths=36", { token: reader });
    expect(long.json.items.map((a: { id: string }) => a.id)).toContain(later.id);
    expect((await h.call("GET", "/agreements/expiring?horizonMonths=-1", { token: reader })).status).toBe(400);
  });

  it("filters, searches, sorts and pages on the server", async () => {
    const all = await h.call("GET", "/agreements?limit=500", { token: reader });
    expect(all.json.total).toBe(all.json.items.length);
    const japan = await h.call("GET", "/agreements?country=JP&limit=500", { token: reader });
    const japanese = all.json.items.filter((a: { partners: Array<{ countryCode: string }> }) => a.partners.some((p) => p.countryCode === "JP"));
    expect(japan.json.total).toBe(japanese.length);
    expect(japan.json.total).toBeGreaterThanOrEqual(2);
    expect(japan.json.items.every((a: { partners: Array<{ countryCode: string }> }) => a.partners.some((p) => p.countryCode === "JP"))).toBe(true);
    const bilateral = await h.call("GET", "/agreements?type=bilateral&status=active", { token: reader });
    expect(bilateral.json.items.every((a: { type: string; status: string }) => a.type === "bilateral" && a.status === "active")).toBe(true);
    const search = await h.call("GET", "/agreements?q=august%202029", { token: reader });
    expect(search.json.items.map((a: { title: string }) => a.title)).toEqual(["Ends August 2029"]);
    const byPartner = await h.call("GET", "/agreements?q=humboldt", { token: reader });
    expect(byPartner.json.items.map((a: { id: string }) => a.id).sort()).toEqual(
      all.json.items.filter((a: { partnerIds: string[] }) => a.partnerIds.includes(berlin.id)).map((a: { id: string }) => a.id).sort(),
    );
    const partnerFilter = await h.call("GET", `/agreements?partnerId=${tokyo.id}&limit=500`, { token: reader });
    expect(partnerFilter.json.total).toBe(japanese.length);
    const tokyoPartner = await h.call("GET", `/partners/${tokyo.id}`, { token: reader });
    expect(tokyoPartner.json.activeAgreements).toBe(2);
    const endsBy = await h.call("GET", "/agreements?endsBy=2026&sort=endYear&order=desc", { token: reader });
    expect(endsBy.json.items.every((a: { endYear: number }) => a.endYear <= 2026)).toBe(true);
    const sorted = await h.call("GET", "/agreements?sort=partner&order=desc&limit=2", { token: reader });
    expect(sorted.json.items[0].partners[0].nameLatin).toBe("University of Tokyo");
    expect(sorted.json.items).toHaveLength(2);
    const bilateralPlaces = (await h.call("GET", "/agreements?q=august%202029", { token: reader })).json.items[0].places;
    expect(bilateralPlaces).toBe(5);
    expect(sorted.json.items[0]).not.toHaveProperty("conditions");
    const byDept = await h.call("GET", "/agreements?department=JAPANESE", { token: reader });
    expect(byDept.json.total).toBe(0);
    expect((await h.call("GET", "/agreements?sort=nonsense", { token: reader })).status).toBe(400);
    expect((await h.call("GET", "/agreements?country=XX", { token: reader })).status).toBe(400);
  });

  it("scopes coordinators to their departments", async () => {
    const korean = await create(agreementBody([tokyo.id], { departments: ["KOREAN", "JAPANESE"], title: "Korean and Japanese studies" }));
    const coordinator = await h.tokenFor("coordinator", ["KOREAN"]);
    const list = await h.call("GET", "/agreements?limit=500", { token: coordinator });
    expect(list.json.items.map((a: { id: string }) => a.id)).toEqual([korean.id]);
    expect(list.json.total).toBe(1);
    expect((await h.call("GET", `/agreements/${korean.id}`, { token: coordinator })).status).toBe(200);
    const other = (await h.call("GET", "/agreements?department=CHINESE&limit=1", { token: reader })).json.items[0];
    const denied = await h.call("GET", `/agreements/${other.id}`, { token: coordinator });
    expect(denied.status).toBe(403);
    expect(denied.json.code).toBe("out_of_scope");
    expect((await h.call("GET", `/agreements/${other.id}/history`, { token: coordinator })).status).toBe(403);
    expect((await h.call("GET", "/agreements?limit=5", { token: await h.tokenFor("coordinator", []) })).json.total).toBe(0);
  });

  it("lets only agreements and admin write", async () => {
    const a = await create(agreementBody([berlin.id]));
    for (const role of ["leadership", "erasmus", "outgoing", "analyst", "coordinator", "service"]) {
      const token = await h.tokenFor(role, ["CHINESE"]);
      expect((await h.call("POST", "/agreements", { token, body: agreementBody([berlin.id]) })).status).toBe(403);
      expect((await h.call("PATCH", `/agreements/${a.id}`, { token, body: { version: 1, title: "x" } })).status).toBe(403);
      expect((await h.call("POST", `/agreements/${a.id}/status`, { token, body: { version: 1, status: "negotiation" } })).status).toBe(403);
      expect((await h.call("POST", `/agreements/${a.id}/renew`, { token, body: { version: 1, startYear: 2030, endYear: 2031 } })).status).toBe(403);
    }
    expect((await h.call("GET", "/agreements")).status).toBe(401);
    expect((await h.call("POST", "/agreements", { body: agreementBody([berlin.id]) })).status).toBe(401);
    expect((await h.call("GET", `/agreements/${a.id}/diff`)).status).toBe(401);
    expect((await h.call("GET", "/agreements/expiring")).status).toBe(401);
    expect((await h.call("POST", "/agreements", { token: await h.tokenFor("admin"), body: agreementBody([berlin.id]) })).status).toBe(201);
    expect((await h.call("GET", "/agreements/not-a-uuid", { token: reader })).status).toBe(400);
    expect((await h.call("GET", "/agreements/00000000-0000-4000-8000-000000000000", { token: reader })).status).toBe(404);
  });
});
