import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { audit, partners } from "../src/db/schema";
import { agreementBody, partnerBody, paths, startAgreements, type Harness } from "./harness";

let h: Harness;
let writer: string;
let reader: string;
beforeAll(async () => {
  h = await startAgreements();
  writer = await h.tokenFor("agreements");
  reader = await h.tokenFor("outgoing");
});
afterAll(() => h.close());

const count = async () => (await h.db.select().from(partners)).length;

describe("partners", () => {
  it("creates, reads and lists a partner, with an audit row", async () => {
    const created = await h.call("POST", "/partners", { token: writer, body: partnerBody({ name: "Freie Universität Berlin", nameLatin: "Free University of Berlin", city: "Berlin", erasmusCode: "d  berlin01" }) });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ erasmusCode: "D  BERLIN01", version: 1, activeAgreements: 0, networks: ["UNICA"] });
    const got = await h.call("GET", `/partners/${created.json.id}`, { token: reader });
    expect(got.json.nameLatin).toBe("Free University of Berlin");
    const audits = (await h.db.select().from(audit)).filter((a) => a.entityId === created.json.id);
    expect(audits.map((a) => a.action)).toEqual(["create"]);
  });

  it("searches by name, code and country, sorts and pages", async () => {
    await h.call("POST", "/partners", { token: writer, body: partnerBody({ name: "東京外国語大学", nameLatin: "Tokyo University of Foreign Studies", countryCode: "JP", city: "Tokyo", erasmusCode: null, schacCode: "tufs.ac.jp", networks: [] }) });
    await h.call("POST", "/partners", { token: writer, body: partnerBody({ name: "Universidad de Chile", nameLatin: "Universidad de Chile", countryCode: "CL", city: "Santiago", erasmusCode: null, schacCode: "uchile.cl" }) });
    const byName = await h.call("GET", "/partners?q=tokyo", { token: reader });
    expect(byName.json.items.map((p: { schacCode: string }) => p.schacCode)).toEqual(["tufs.ac.jp"]);
    const byOriginal = await h.call("GET", `/partners?q=${encodeURIComponent("外国語")}`, { token: reader });
    expect(byOriginal.json.total).toBe(1);
    const byCode = await h.call("GET", "/partners?q=berlin01", { token: reader });
    expect(byCode.json.total).toBe(1);
    const byCountry = await h.call("GET", "/partners?country=cl", { token: reader });
    expect(byCountry.json.items.map((p: { city: string }) => p.city)).toEqual(["Santiago"]);
    const byNetwork = await h.call("GET", "/partners?network=UNICA", { token: reader });
    expect(byNetwork.json.total).toBe(2);
    const sorted = await h.call("GET", "/partners?sort=country&order=desc&limit=2", { token: reader });
    expect(sorted.json.total).toBe(3);
    expect(sorted.json.items.map((p: { countryCode: string }) => p.countryCode)).toEqual(["JP", "DE"]);
    const page2 = await h.call("GET", "/partners?sort=country&order=desc&limit=2&offset=2", { token: reader });
    expect(page2.json.items.map((p: { countryCode: string }) => p.countryCode)).toEqual(["CL"]);
  });

  it("refuses bad input with field paths and writes nothing", async () => {
    const before = await count();
    const r = await h.call("POST", "/partners", {
      token: writer,
      body: partnerBody({ countryCode: "XX", erasmusCode: "PARIS", schacCode: "not a domain", website: "nope", contacts: [{ role: "x", email: "bad" }] }),
    });
    expect(r.status).toBe(400);
    expect(r.contentType).toContain("application/problem+json");
    expect(paths(r.json)).toEqual(["body.contacts.0.email", "body.countryCode", "body.erasmusCode", "body.schacCode", "body.website"]);
    expect(await count()).toBe(before);
  });

  it("refuses duplicate Erasmus or SCHAC codes with 409 naming the field", async () => {
    const first = (await h.call("POST", "/partners", { token: writer, body: partnerBody() })).json;
    const before = await count();
    const sameErasmus = await h.call("POST", "/partners", { token: writer, body: partnerBody({ erasmusCode: first.erasmusCode }) });
    expect(sameErasmus.status).toBe(409);
    expect(paths(sameErasmus.json)).toEqual(["body.erasmusCode"]);
    const sameSchac = await h.call("POST", "/partners", { token: writer, body: partnerBody({ schacCode: first.schacCode.toUpperCase() }) });
    expect(sameSchac.status).toBe(409);
    expect(paths(sameSchac.json)).toEqual(["body.schacCode"]);
    expect(await count()).toBe(before);
    const other = (await h.call("POST", "/partners", { token: writer, body: partnerBody() })).json;
    const patch = await h.call("PATCH", `/partners/${other.id}`, { token: writer, body: { version: 1, schacCode: first.schacCode } });
    expect(patch.status).toBe(409);
    expect(paths(patch.json)).toEqual(["body.schacCode"]);
  });

  it("updates only the fields sent, with optimistic concurrency", async () => {
    const p = (await h.call("POST", "/partners", { token: writer, body: partnerBody({ faculties: ["Faculty of Arts"] }) })).json;
    const updated = await h.call("PATCH", `/partners/${p.id}`, { token: writer, body: { version: 1, city: "Neustadt" } });
    expect(updated.status).toBe(200);
    expect(updated.json).toMatchObject({ city: "Neustadt", version: 2, erasmusCode: p.erasmusCode, faculties: ["Faculty of Arts"], networks: ["UNICA"] });
    const stale = await h.call("PATCH", `/partners/${p.id}`, { token: writer, body: { version: 1, city: "Altstadt" } });
    expect(stale.status).toBe(409);
    expect(stale.json.code).toBe("stale_version");
    expect((await h.call("GET", `/partners/${p.id}`, { token: reader })).json.city).toBe("Neustadt");
    const bad = await h.call("PATCH", `/partners/${p.id}`, { token: writer, body: { version: 2, countryCode: "ZZ" } });
    expect(paths(bad.json)).toEqual(["body.countryCode"]);
  });

  it("deletes an unused partner but not one an agreement refers to", async () => {
    const unused = (await h.call("POST", "/partners", { token: writer, body: partnerBody() })).json;
    expect((await h.call("DELETE", `/partners/${unused.id}`, { token: writer })).status).toBe(204);
    expect((await h.call("GET", `/partners/${unused.id}`, { token: reader })).status).toBe(404);
    const used = (await h.call("POST", "/partners", { token: writer, body: partnerBody() })).json;
    expect((await h.call("POST", "/agreements", { token: writer, body: agreementBody([used.id]) })).status).toBe(201);
    const refused = await h.call("DELETE", `/partners/${used.id}`, { token: writer });
    expect(refused.status).toBe(409);
    expect(refused.json.code).toBe("conflict");
  });

  it("lets every reader role read, only agreements and admin write, and nobody without a token", async () => {
    for (const role of ["leadership", "erasmus", "incoming", "analyst", "coordinator"]) {
      expect((await h.call("GET", "/partners", { token: await h.tokenFor(role, ["CHINESE"]) })).status).toBe(200);
    }
    expect((await h.call("GET", "/partners")).status).toBe(401);
    for (const role of ["leadership", "erasmus", "coordinator", "service"]) {
      const r = await h.call("POST", "/partners", { token: await h.tokenFor(role, ["CHINESE"]), body: partnerBody() });
      expect(r.status).toBe(403);
    }
    expect((await h.call("POST", "/partners", { body: partnerBody() })).status).toBe(401);
    expect((await h.call("POST", "/partners", { token: await h.tokenFor("admin"), body: partnerBody() })).status).toBe(201);
    const any = (await h.call("GET", "/partners?limit=1", { token: reader })).json.items[0];
    expect((await h.call("PATCH", `/partners/${any.id}`, { token: reader, body: { version: any.version, city: "X" } })).status).toBe(403);
    expect((await h.call("DELETE", `/partners/${any.id}`, { token: reader })).status).toBe(403);
  });
});

describe("OpenAPI document", () => {
  it("publishes each route's access rule", async () => {
    const doc = (await h.call("GET", "/openapi.json")).json;
    expect(doc.paths["/api/agreements/partners"].post["x-orbis-access"]).toEqual(["agreements", "admin"]);
    expect(doc.paths["/api/agreements/agreements/{id}/usage"].post["x-orbis-access"]).toEqual(["agreements", "admin", "service"]);
    expect(doc.paths["/api/agreements/agreements"].get["x-orbis-access"]).toContain("coordinator");
    expect(doc.paths["/api/agreements/import/partners"].post["x-orbis-access"]).toEqual(["agreements", "admin"]);
  });
});
