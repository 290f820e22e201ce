import { MAX_DOCUMENT_BYTES } from "@orbis/contracts/agreements";
import type { ApiResult } from "@orbis/test-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { audit, documents, quotaUsage } from "../src/db/schema";
import { agreementBody, partnerBody, paths, startAgreements, type Harness } from "./harness";

let h: Harness;
let writer: string;
let reader: string;
let agreement: { id: string; version: number; conditions: Array<{ id: string; places: number; direction: string }> };

beforeAll(async () => {
  h = await startAgreements();
  writer = await h.tokenFor("agreements");
  reader = await h.tokenFor("erasmus");
  const partner = (await h.call("POST", "/partners", { token: writer, body: partnerBody({ countryCode: "IT", city: "Bologna" }) })).json;
  let a = (await h.call("POST", "/agreements", { token: writer, body: agreementBody([partner.id]) })).json;
  for (const status of ["negotiation", "signed-one-side", "active"]) {
    a = (await h.call("POST", `/agreements/${a.id}/status`, { token: writer, body: { version: a.version, status } })).json;
  }
  agreement = a;
});
afterAll(() => h.close());

const pdf = (text = "hello") => new TextEncoder().encode(`%PDF-1.7\n${text}\n%%EOF\n`);
async function upload(bytes: Uint8Array, options: { type?: string; name?: string; token?: string | null; kind?: string } = {}) {
  const form = new FormData();
  form.append("file", new File([bytes], options.name ?? "accord signé.pdf", { type: options.type ?? "application/pdf" }));
  const token = options.token === undefined ? writer : options.token;
  const response = await h.request(`/agreements/${agreement.id}/documents?kind=${options.kind ?? "signed-agreement"}`, {
    method: "POST",
    body: form,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const json: ApiResult["json"] = await response.json();
  return { status: response.status, json };
}
const documentCount = async () => (await h.db.select({ id: documents.id }).from(documents)).length;

describe("documents", () => {
  it("stores PDFs as numbered versions per kind and serves them back", async () => {
    const first = await upload(pdf("v1"));
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ kind: "signed-agreement", documentVersion: 1, filename: "accord signé.pdf", uploadedBy: "agreements@test.invalid" });
    expect(first.json.sha256).toMatch(/^[0-9a-f]{64}$/);
    const second = await upload(pdf("v2"));
    expect(second.json.documentVersion).toBe(2);
    expect((await upload(pdf(), { kind: "annex" })).json.documentVersion).toBe(1);
    const list = await h.call("GET", `/agreements/${agreement.id}/documents`, { token: reader });
    expect(list.json.map((d: { kind: string; documentVersion: number }) => `${d.kind}@${d.documentVersion}`)).toEqual([
      "annex@1",
      "signed-agreement@2",
      "signed-agreement@1",
    ]);
    const response = await h.request(`/documents/${second.json.id}/content`, { headers: { authorization: `Bearer ${reader}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toContain("filename*=UTF-8''accord%20sign%C3%A9.pdf");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(pdf("v2"));
    const history = await h.call("GET", `/agreements/${agreement.id}/history`, { token: reader });
    expect(history.json.items[0].action).toBe("upload_document");
  });

  it("refuses non-PDF content (415), oversize files (413) and a missing file, writing nothing", async () => {
    const before = await documentCount();
    const wrongType = await upload(pdf(), { type: "image/png" });
    expect(wrongType.status).toBe(415);
    expect(wrongType.json.code).toBe("unsupported_media_type");
    const fakePdf = await upload(new TextEncoder().encode("MZ not a pdf"), { type: "application/pdf" });
    expect(fakePdf.status).toBe(415);
    const big = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
    big.set(pdf());
    const oversize = await upload(big);
    expect(oversize.status).toBe(413);
    expect(oversize.json.code).toBe("payload_too_large");
    const empty = await h.request(`/agreements/${agreement.id}/documents`, {
      method: "POST",
      body: new FormData(),
      headers: { authorization: `Bearer ${writer}` },
    });
    expect(empty.status).toBe(400);
    const json = await h.call("POST", `/agreements/${agreement.id}/documents`, { token: writer, body: { file: "x" } });
    expect(json.status).toBe(415);
    expect(await documentCount()).toBe(before);
  });

  it("lets only writers upload, and readers of the agreement's departments download", async () => {
    expect((await upload(pdf(), { token: reader })).status).toBe(403);
    expect((await upload(pdf(), { token: null })).status).toBe(401);
    const doc = (await h.call("GET", `/agreements/${agreement.id}/documents`, { token: reader })).json[0];
    const outsider = await h.tokenFor("coordinator", ["KOREAN"]);
    expect((await h.request(`/documents/${doc.id}/content`, { headers: { authorization: `Bearer ${outsider}` } })).status).toBe(403);
    expect((await h.request(`/documents/${doc.id}/content`, {})).status).toBe(401);
    const insider = await h.tokenFor("coordinator", ["CHINESE"]);
    expect((await h.request(`/documents/${doc.id}/content`, { headers: { authorization: `Bearer ${insider}` } })).status).toBe(200);
  });
});

describe("quotas", () => {
  const use = (body: Record<string, unknown>, token = writer) => h.call("POST", `/agreements/${agreement.id}/usage`, { token, body });

  it("reports availability per condition and year", async () => {
    const r = await h.call("GET", `/agreements/${agreement.id}/availability?year=2025`, { token: reader });
    expect(r.json).toHaveLength(2);
    expect(r.json[0]).toMatchObject({ conditionId: agreement.conditions[0]!.id, academicYear: 2025, places: 2, used: 0, remaining: 2, direction: "sending" });
    expect((await h.call("GET", `/agreements/${agreement.id}/availability`, { token: reader })).status).toBe(400);
  });

  it("records usage, refuses going above the quota without override, and audits the override", async () => {
    const sending = agreement.conditions[0]!;
    const service = await h.tokenFor("service");
    const taken = await use({ conditionId: sending.id, academicYear: 2025, count: 2, reference: "nomination-1" }, service);
    expect(taken.status).toBe(200);
    expect(taken.json).toMatchObject({ used: 2, remaining: 0 });
    const before = (await h.db.select().from(quotaUsage)).length;
    const refused = await use({ conditionId: sending.id, academicYear: 2025, count: 1, reference: "nomination-2" }, service);
    expect(refused.status).toBe(409);
    expect(refused.json.code).toBe("conflict");
    expect(refused.json.detail).toContain("Only 0 place(s) remain");
    expect((await h.db.select().from(quotaUsage)).length).toBe(before);
    const forced = await use({ conditionId: sending.id, academicYear: 2025, count: 1, reference: "nomination-2", override: { reason: "Exceptional: partner agreed by email" } });
    expect(forced.status).toBe(200);
    expect(forced.json).toMatchObject({ used: 3, remaining: -1 });
    const overrides = (await h.db.select().from(audit)).filter((a) => a.action === "usage_override");
    expect(overrides).toHaveLength(1);
    expect(overrides[0]!.after).toMatchObject({ overrideReason: "Exceptional: partner agreed by email", reference: "nomination-2" });
    const back = await use({ conditionId: sending.id, academicYear: 2025, count: -3, reference: "cancelled" }, service);
    expect(back.json).toMatchObject({ used: 0, remaining: 2 });
    expect((await use({ conditionId: sending.id, academicYear: 2025, count: -1, reference: "too many" })).status).toBe(409);
  });

  it("refuses bad usage input and writes nothing", async () => {
    const before = (await h.db.select().from(quotaUsage)).length;
    const zero = await use({ conditionId: agreement.conditions[0]!.id, academicYear: 2025, count: 0, reference: "x" });
    expect(paths(zero.json)).toEqual(["body.count"]);
    const foreign = await use({ conditionId: "00000000-0000-4000-8000-000000000000", academicYear: 2025, count: 1, reference: "x" });
    expect(paths(foreign.json)).toEqual(["body.conditionId"]);
    const outside = await use({ conditionId: agreement.conditions[0]!.id, academicYear: 2030, count: 1, reference: "x" });
    expect(paths(outside.json)).toEqual(["body.academicYear"]);
    const shortReason = await use({ conditionId: agreement.conditions[0]!.id, academicYear: 2025, count: 1, reference: "x", override: { reason: "no" } });
    expect(paths(shortReason.json)).toEqual(["body.override.reason"]);
    expect((await h.db.select().from(quotaUsage)).length).toBe(before);
  });

  it("never lets concurrent usage exceed the quota", async () => {
    const receiving = agreement.conditions[1]!; // 3 places
    const service = await h.tokenFor("service");
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => use({ conditionId: receiving.id, academicYear: 2026, count: 1, reference: `student-${i}` }, service)),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(3);
    expect(results.filter((r) => r.status === 409)).toHaveLength(5);
    const after = await h.call("GET", `/agreements/${agreement.id}/availability?year=2026`, { token: reader });
    expect(after.json[1]).toMatchObject({ used: 3, remaining: 0 });
  });

  it("searches availability across agreements for other poles", async () => {
    const service = await h.tokenFor("service");
    const all = await h.call("GET", "/availability?year=2026&direction=receiving", { token: service });
    expect(all.json.map((a: { conditionId: string }) => a.conditionId)).toEqual([agreement.conditions[1]!.id]);
    expect((await h.call("GET", "/availability?year=2026&eqf=7", { token: service })).json).toHaveLength(1);
    expect((await h.call("GET", "/availability?year=2026&isced=0231", { token: service })).json).toHaveLength(2);
    expect((await h.call("GET", "/availability?year=2026&isced=0999", { token: service })).json).toHaveLength(0);
    expect((await h.call("GET", "/availability?year=2031", { token: service })).json).toHaveLength(0);
    const partnerId = (await h.call("GET", `/agreements/${agreement.id}`, { token: service })).json.partnerIds[0];
    expect((await h.call("GET", `/availability?year=2026&partnerId=${partnerId}`, { token: service })).json).toHaveLength(2);
    expect((await h.call("GET", "/availability?year=2026", { token: await h.tokenFor("coordinator", ["KOREAN"]) })).json).toHaveLength(0);
    expect((await h.call("GET", "/availability?year=2026")).status).toBe(401);
  });

  it("refuses to drop a condition with recorded usage, and keeps it when it is sent back with its id", async () => {
    const current = (await h.call("GET", `/agreements/${agreement.id}`, { token: writer })).json;
    const [sending, receiving] = current.conditions;
    const dropped = await h.call("PATCH", `/agreements/${agreement.id}`, { token: writer, body: { version: current.version, conditions: [sending] } });
    expect(dropped.status).toBe(409);
    expect(dropped.json.detail).toContain(receiving.id);
    const kept = await h.call("PATCH", `/agreements/${agreement.id}`, {
      token: writer,
      body: { version: current.version, conditions: [sending, { ...receiving, places: 4 }] },
    });
    expect(kept.status).toBe(200);
    const after = await h.call("GET", `/agreements/${agreement.id}/availability?year=2026`, { token: reader });
    expect(after.json[1]).toMatchObject({ conditionId: receiving.id, places: 4, used: 3, remaining: 1 });
    agreement = kept.json;
  });

  it("lets agreements, admin and service record usage, and no one else", async () => {
    for (const role of ["leadership", "erasmus", "outgoing", "coordinator", "analytics"]) {
      const r = await use({ conditionId: agreement.conditions[0]!.id, academicYear: 2027, count: 1, reference: "x" }, await h.tokenFor(role, ["CHINESE"]));
      expect(r.status).toBe(403);
    }
    expect((await h.call("POST", `/agreements/${agreement.id}/usage`, { body: {} })).status).toBe(401);
    expect((await use({ conditionId: agreement.conditions[0]!.id, academicYear: 2027, count: 1, reference: "x" }, await h.tokenFor("admin"))).status).toBe(200);
  });
});

describe("country breakdown", () => {
  it("counts active agreements and their partners per country", async () => {
    const r = await h.call("GET", "/stats/countries", { token: reader });
    expect(r.json).toEqual([{ countryCode: "IT", agreements: 1, partners: 1 }]);
    expect((await h.call("GET", "/stats/countries", { token: await h.tokenFor("coordinator", ["KOREAN"]) })).json).toEqual([]);
    expect((await h.call("GET", "/stats/countries")).status).toBe(401);
  });
});
