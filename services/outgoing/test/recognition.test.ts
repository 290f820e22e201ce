import { pdfText } from "@orbis/documents";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { audit, recognitions } from "../src/db/schema/index";
import { paths, seedAgreement, startOutgoing, type Harness } from "./harness";
import { expectGuarded } from "./access-matrix";
import { insertMobility, rowCount } from "./mobility-fixtures";

let h: Harness;
let partnerId: string;
beforeAll(async () => {
  h = await startOutgoing();
  ({ partnerId } = await seedAgreement(h));
  const token = await h.tokenFor("outgoing");
  const table = await h.call("POST", "/grade-tables", {
    token,
    body: {
      kind: "partner",
      partnerId,
      label: "Teststadt",
      rows: [
        { grade: "1.0", percentage: 10 },
        { grade: "1.3", percentage: 15 },
        { grade: "1.7", percentage: 20 },
        { grade: "2.0", percentage: 25 },
        { grade: "2.3", percentage: 30 },
      ],
    },
  });
  expect(table.status).toBe(201);
});
afterAll(() => h.close());

const component = (overrides: Record<string, unknown> = {}) => ({
  hostCode: "LIN101",
  hostTitle: "Linguistik",
  grade: "1.3",
  hostCredits: 6,
  homeCourseCode: "CH301",
  homeCourseTitle: "Linguistique chinoise",
  recognisedCredits: 6,
  decision: "full",
  ...overrides,
});

describe("recognition", () => {
  it("converts grades with the partner's table, keeps overrides with their reason, versions and audits", async () => {
    const mobility = await insertMobility(h, { partnerId });
    const coordinator = await h.tokenFor("coordinator", ["CHINESE"]);
    const scale = await h.call("GET", `/mobilities/${mobility.id}/recognition/scale`, { token: coordinator });
    expect(scale.json).toMatchObject({ source: "partner-table", grades: ["1.0", "1.3", "1.7", "2.0", "2.3"] });
    const saved = await h.call("PUT", `/mobilities/${mobility.id}/recognition`, {
      token: coordinator,
      body: {
        components: [
          component(),
          component({ hostCode: "LIT200", grade: "2,3", gradeOverride: { grade: 12.5, reason: "Oral exam weighs more at home" } }),
          component({ hostCode: "SPO1", grade: "1.0", hostCredits: 3, recognisedCredits: 0, decision: "not-recognised", decisionReason: "Sport is not in the programme", homeCourseTitle: "" }),
        ],
      },
    });
    expect(saved.status).toBe(200);
    expect(saved.json.version).toBe(1);
    expect(saved.json.components.map((c: { converted: unknown }) => c.converted)).toEqual([
      { computed: 15.4, range: "14-16", grade: 15.4, overridden: false, passing: true },
      { computed: 11, range: "10-12", grade: 12.5, overridden: true, passing: true },
      { computed: 18, range: "16-20", grade: 18, overridden: false, passing: true },
    ]);
    expect(saved.json.totals).toEqual({ hostCredits: 15, recognisedCredits: 12 });
    expect(saved.json.scale.source).toBe("partner-table");

    const updated = await h.call("PUT", `/mobilities/${mobility.id}/recognition`, { token: coordinator, body: { version: 1, components: [component({ grade: "2.0" })] } });
    expect(updated.status).toBe(200);
    expect(updated.json.components[0].converted.grade).toBe(12.71);
    const stale = await h.call("PUT", `/mobilities/${mobility.id}/recognition`, { token: coordinator, body: { version: 1, components: [component()] } });
    expect(stale.status).toBe(409);
    expect(stale.json.code).toBe("stale_version");
    const unversioned = await h.call("PUT", `/mobilities/${mobility.id}/recognition`, { token: coordinator, body: { components: [component()] } });
    expect(unversioned.json.code).toBe("stale_version");
    const read = await h.call("GET", `/mobilities/${mobility.id}/recognition`, { token: await h.tokenFor("leadership") });
    expect(read.json.version).toBe(2);
    const trail = await h.call("GET", `/audit?entity=recognition&entityId=${saved.json.id}`, { token: await h.tokenFor("admin") });
    expect(trail.json.items.map((a: { action: string }) => a.action)).toEqual(["update", "create"]);
  });

  it("falls back on the country's usual scale and accepts failing grades only as not recognised", async () => {
    const mobility = await insertMobility(h, { hostCountry: "IT", hostName: "Università di Prova" });
    const token = await h.tokenFor("outgoing");
    const failing = await h.call("PUT", `/mobilities/${mobility.id}/recognition`, { token, body: { components: [component({ grade: "17" })] } });
    expect(paths(failing.json)).toEqual(["body.components.0.decision"]);
    const saved = await h.call("PUT", `/mobilities/${mobility.id}/recognition`, {
      token,
      body: { components: [component({ grade: "30L" }), component({ grade: "17", recognisedCredits: 0, decision: "not-recognised", decisionReason: "Failed" })] },
    });
    expect(saved.status).toBe(200);
    expect(saved.json.scale.source).toBe("country-scale");
    expect(saved.json.components[0].converted.range).toBe("16-20");
    expect(saved.json.components[1].converted).toMatchObject({ grade: null, passing: false });
  });

  it("refuses grades outside the scale and inconsistent credits, naming the field, writing nothing", async () => {
    const mobility = await insertMobility(h, { partnerId });
    const token = await h.tokenFor("outgoing");
    const before = [await rowCount(h, recognitions), await rowCount(h, audit)];
    const grade = await h.call("PUT", `/mobilities/${mobility.id}/recognition`, { token, body: { components: [component(), component({ grade: "1.5" })] } });
    expect(grade.status).toBe(400);
    expect(paths(grade.json)).toEqual(["body.components.1.grade"]);
    const credits = await h.call("PUT", `/mobilities/${mobility.id}/recognition`, {
      token,
      body: { components: [component({ recognisedCredits: 8 }), component({ hostCredits: -1 }), component({ decision: "partial", recognisedCredits: 3 })] },
    });
    expect(paths(credits.json)).toEqual(["body.components.0.recognisedCredits", "body.components.1.hostCredits", "body.components.2.decisionReason"]);
    const override = await h.call("PUT", `/mobilities/${mobility.id}/recognition`, { token, body: { components: [component({ gradeOverride: { grade: 21, reason: "" } })] } });
    expect(paths(override.json)).toEqual(["body.components.0.gradeOverride.grade", "body.components.0.gradeOverride.reason"]);
    const types = await h.call("PUT", `/mobilities/${mobility.id}/recognition`, { token, body: { components: [component({ hostCredits: "six", decisionReason: 4 })] } });
    expect(types.status).toBe(400);
    expect(paths(types.json)).toEqual(["body.components.0.decisionReason", "body.components.0.hostCredits"]);
    expect([await rowCount(h, recognitions), await rowCount(h, audit)]).toEqual(before);
    const planned = await insertMobility(h, { partnerId, status: "planned" });
    expect((await h.call("PUT", `/mobilities/${planned.id}/recognition`, { token, body: { components: [component()] } })).status).toBe(409);
    expect((await h.call("GET", `/mobilities/${mobility.id}/recognition`, { token })).status).toBe(404);
  });

  it("lets the department's coordinator and the team act, nobody else", async () => {
    const law = await insertMobility(h, { partnerId, department: "LAW" });
    const body = { components: [component()] };
    expect((await h.call("PUT", `/mobilities/${law.id}/recognition`, { body })).status).toBe(401);
    const other = await h.call("PUT", `/mobilities/${law.id}/recognition`, { token: await h.tokenFor("coordinator", ["CHINESE"]), body });
    expect(other.status).toBe(403);
    expect(other.json.code).toBe("out_of_scope");
    expect((await h.call("PUT", `/mobilities/${law.id}/recognition`, { token: await h.tokenFor("erasmus"), body })).status).toBe(403);
    expect((await h.call("GET", `/mobilities/${law.id}/recognition/scale`, { token: await h.tokenFor("coordinator", ["CHINESE"]) })).status).toBe(403);
    expect((await h.call("GET", `/mobilities/${law.id}/recognition/pdf`, { token: await h.tokenFor("coordinator", ["CHINESE"]) })).status).toBe(403);
    expect((await h.call("PUT", `/mobilities/${law.id}/recognition`, { token: await h.tokenFor("coordinator", ["LAW"]), body })).status).toBe(200);
    expect(await h.db.select().from(recognitions).where(eq(recognitions.mobilityId, law.id))).toHaveLength(1);
  });

  it("prints the decision in French and in English", async () => {
    const mobility = await insertMobility(h, { partnerId, lastName: "Lefèvre" });
    const token = await h.tokenFor("outgoing");
    await h.call("PUT", `/mobilities/${mobility.id}/recognition`, {
      token,
      body: { components: [component(), component({ hostCode: "LIT200", grade: "2.3", decision: "partial", recognisedCredits: 3, decisionReason: "Half the syllabus" })] },
    });
    const fr = await h.request(`/mobilities/${mobility.id}/recognition/pdf?lang=fr`, { headers: { authorization: `Bearer ${token}` } });
    expect(fr.status).toBe(200);
    expect(fr.headers.get("content-type")).toBe("application/pdf");
    const frText = (await pdfText(new Uint8Array(await fr.arrayBuffer()))).join("\n");
    expect(frText).toContain("Décision de reconnaissance");
    expect(frText).toContain("Lefèvre");
    expect(frText).toContain("15,40");
    expect(frText).toContain("Partielle");
    expect(frText).toContain("Half the syllabus");
    const en = await h.request(`/mobilities/${mobility.id}/recognition/pdf?lang=en`, { headers: { authorization: `Bearer ${token}` } });
    const enText = (await pdfText(new Uint8Array(await en.arrayBuffer()))).join("\n");
    expect(enText).toContain("Recognition decision");
    expect(enText).toContain("15.40");
    const bad = await h.call("GET", `/mobilities/${mobility.id}/recognition/pdf?lang=de`, { token });
    expect(paths(bad.json)).toEqual(["query.lang"]);
  });

  it("guards every recognition route by role and department", async () => {
    const law = await insertMobility(h, { partnerId, department: "LAW" });
    await h.call("PUT", `/mobilities/${law.id}/recognition`, { token: await h.tokenFor("outgoing"), body: { components: [component()] } });
    const base = `/mobilities/${law.id}/recognition`;
    await expectGuarded(
      h,
      [
        { method: "GET", path: `${base}/scale`, wrongRole: "incoming" },
        { method: "GET", path: base, wrongRole: "analytics" },
        { method: "PUT", path: base, body: { version: 1, components: [component()] }, wrongRole: "leadership" },
        { method: "GET", path: `${base}/pdf`, wrongRole: "service" },
      ],
      { departments: ["CHINESE"], scoped: [`${base}/scale`, base, `${base}/pdf`] },
    );
    const token = await h.tokenFor("outgoing");
    expect((await h.call("GET", "/mobilities/nope/recognition", { token })).status).toBe(400);
    expect((await h.call("GET", "/mobilities/00000000-0000-4000-8000-000000000000/recognition/scale", { token })).status).toBe(404);
    const empty = await h.call("PUT", base, { token, body: { version: 1, components: [] } });
    expect(paths(empty.json)).toEqual(["body.components"]);
  });

  it("picks the most specific tables: partner field, partner default, country field, country default, usual scale; home field, home default", async () => {
    const token = await h.tokenFor("outgoing");
    const { partnerId: other } = await seedAgreement(h, { countryCode: "ES" });
    const table = async (body: Record<string, unknown>) => {
      const created = await h.call("POST", "/grade-tables", { token, body: { rows: [{ grade: "A", percentage: 50 }, { grade: "B", percentage: 50 }], ...body } });
      expect(created.status).toBe(201);
      return created.json.id as string;
    };
    const scaleOf = async (overrides: Record<string, unknown>) => {
      const mobility = await insertMobility(h, { hostCountry: "ES", ...overrides });
      return (await h.call("GET", `/mobilities/${mobility.id}/recognition/scale`, { token })).json;
    };
    expect(await scaleOf({ partnerId: other })).toMatchObject({ source: "country-scale", tableId: null, homeTableId: null });
    const countryDefault = await table({ kind: "country", countryCode: "ES", label: "ES default" });
    const countryField = await table({ kind: "country", countryCode: "ES", iscedCode: "0231", label: "ES languages" });
    expect(await scaleOf({ partnerId: other })).toMatchObject({ source: "country-table", tableId: countryField });
    expect(await scaleOf({ partnerId: other, iscedCode: "0421" })).toMatchObject({ source: "country-table", tableId: countryDefault });
    const partnerDefault = await table({ kind: "partner", partnerId: other, label: "Partner default" });
    const partnerField = await table({ kind: "partner", partnerId: other, iscedCode: "0421", label: "Partner law" });
    expect(await scaleOf({ partnerId: other })).toMatchObject({ source: "partner-table", tableId: partnerDefault });
    expect(await scaleOf({ partnerId: other, iscedCode: "0421" })).toMatchObject({ source: "partner-table", tableId: partnerField });
    const homeRows = [{ grade: "14-20", percentage: 40 }, { grade: "10-14", percentage: 60 }];
    const homeDefault = await table({ kind: "home", label: "Home", rows: homeRows });
    const homeField = await table({ kind: "home", iscedCode: "0421", label: "Home law", rows: homeRows });
    expect(await scaleOf({ partnerId: other })).toMatchObject({ homeTableId: homeDefault });
    expect(await scaleOf({ partnerId: other, iscedCode: "0421" })).toMatchObject({ homeTableId: homeField, homeLabel: "Home law" });
    // Back to the defaults for the other tests of this file.
    for (const id of [homeDefault, homeField]) expect((await h.call("DELETE", `/grade-tables/${id}?version=1`, { token })).status).toBe(204);
  });
});
