import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ApiResult } from "@orbis/test-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { buildApp } from "../src/app";
import { agreements, partners } from "../src/db/schema";
import { IIAS_DIR, validateIiaXml } from "./ewp-fixtures";
import { agreementBody, partnerBody, startAgreements, type Harness } from "./harness";

const example = readFileSync(join(IIAS_DIR, "endpoints/get-response-example.xml"), "utf8");

let h: Harness;
let writer: string;
beforeAll(async () => {
  h = await startAgreements();
  writer = await h.tokenFor("agreements");
});
afterAll(() => h.close());

const postXml = async (target: Harness, xml: string, token: string | null = writer, type = "application/xml") => {
  const response = await target.request("/ewp/import", {
    method: "POST",
    body: xml,
    headers: { "content-type": type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  const json: ApiResult["json"] = await response.json();
  return { status: response.status, json };
};
const rowCount = async (target: Harness) => [(await target.db.select().from(partners)).length, (await target.db.select().from(agreements)).length];

describe("EWP export", () => {
  it("exports an Erasmus+ agreement as a get-response that validates against the official schema", async () => {
    const partner = (await h.call("POST", "/partners", { token: writer, body: partnerBody({ countryCode: "PL", city: "Warszawa", erasmusCode: "PL WARSZAW01", schacCode: "uw.edu.pl" }) })).json;
    const a = (await h.call("POST", "/agreements", { token: writer, body: agreementBody([partner.id]) })).json;
    const response = await h.request(`/agreements/${a.id}/ewp`, { headers: { authorization: `Bearer ${await h.tokenFor("erasmus")}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/xml");
    const xml = await response.text();
    expect(xml).toContain("<hei-id>orbis.test</hei-id>");
    expect(xml).toContain(a.reference);
    const validation = validateIiaXml(xml);
    expect(validation.output).toContain("validates");
    expect(validation.ok).toBe(true);
  });

  it("answers 422 for an agreement EWP cannot express, 403 out of scope, 401 without a token", async () => {
    const partner = (await h.call("POST", "/partners", { token: writer, body: partnerBody() })).json;
    const bilateral = (await h.call("POST", "/agreements", { token: writer, body: agreementBody([partner.id], { type: "bilateral" }) })).json;
    const refused = await h.call("GET", `/agreements/${bilateral.id}/ewp`, { token: writer });
    expect(refused.status).toBe(422);
    expect(refused.json.code).toBe("unprocessable");
    expect((await h.call("GET", `/agreements/${bilateral.id}/ewp`, { token: await h.tokenFor("coordinator", ["KOREAN"]) })).status).toBe(403);
    expect((await h.call("GET", `/agreements/${bilateral.id}/ewp`)).status).toBe(401);
  });
});

describe("EWP import", () => {
  it("imports the official example seen from Warsaw: creates the partner and the agreement, reports what it ignored", async () => {
    // The same database served with another home institution: the example's first HEI.
    const service = buildApp({ database: h.database, verifier: h.signer.verifier, ewpHome: { schac: "uw.edu.pl", erasmusCode: "PL WARSZAW01", name: "University of Warsaw" } });
    const target = { ...h, request: (path: string, init: RequestInit) => service.root.request(`/api/agreements${path}`, init) };
    const before = await rowCount(h);
    const first = await postXml(target, example);
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ partnersCreated: 1, partnersUpdated: 0, agreementsCreated: 1, agreementsUpdated: 0 });
    expect(Array.isArray(first.json.ignored)).toBe(true);
    const [partner] = await h.db.select().from(partners).where(eq(partners.schacCode, "hibo.no"));
    expect(partner).toMatchObject({ countryCode: "NO" });
    const [agreement] = await h.db.select().from(agreements).where(eq(agreements.externalId, "1954991"));
    expect(agreement).toMatchObject({ type: "erasmus-iia" });
    const got = await h.call("GET", `/agreements/${agreement!.id}`, { token: writer });
    expect(got.json.partnerIds).toEqual([partner!.id]);
    expect(got.json.conditions.length).toBeGreaterThan(0);
    const again = await postXml(target, example);
    expect(again.json).toMatchObject({ partnersCreated: 0, agreementsCreated: 0, agreementsUpdated: 1 });
    const after = await rowCount(h);
    expect(after).toEqual([before[0]! + 1, before[1]! + 1]);
  });

  it("ignores, with a reason, IIAs that do not involve the home institution", async () => {
    const before = await rowCount(h);
    const r = await postXml(h, example);
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ partnersCreated: 0, agreementsCreated: 0 });
    expect((r.json.ignored as string[]).join("\n")).toContain("orbis.test");
    expect(await rowCount(h)).toEqual(before);
  });

  it("refuses malformed XML, other content types and other roles, writing nothing", async () => {
    const before = await rowCount(h);
    const malformed = await postXml(h, "<iias-get-response><iia>");
    expect(malformed.status).toBe(400);
    expect((await postXml(h, example, writer, "application/json")).status).toBe(415);
    expect((await postXml(h, example, await h.tokenFor("erasmus"))).status).toBe(403);
    expect((await postXml(h, example, null)).status).toBe(401);
    expect(await rowCount(h)).toEqual(before);
  });
});
