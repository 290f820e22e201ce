import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMobility, laContent, NOW, signer, validateLaXml } from "./followup-fixtures";
import { seedAgreement, startOutgoing, type Harness } from "./harness";

let h: Harness;
beforeAll(async () => {
  h = await startOutgoing({ now: () => NOW });
});
afterAll(() => h.close());

async function approvedRevision(mobilityId: string, content: Record<string, unknown>, receiving: boolean) {
  const token = await h.tokenFor("outgoing");
  const created = await h.call("POST", `/mobilities/${mobilityId}/learning-agreement`, { token, body: content });
  const id = created.json.id as string;
  await h.call("POST", `/learning-agreements/${id}/submit`, { token, body: { version: 1, studentSignature: signer("Camille Martin", "Student") } });
  await h.call("POST", `/learning-agreements/${id}/approve`, { token, body: { version: 2, signer: signer("Li Wei", "Coordinateur \"chinois\" & Co") } });
  if (receiving) {
    await h.call("POST", `/learning-agreements/${id}/receiving-signature`, { token, body: { version: 3, signer: signer("Jan Kowalski", "Erasmus coordinator"), signedAt: "2026-11-22T09:00:00+01:00" } });
  }
  return id;
}

const exportOf = async (mobilityId: string, token?: string) => h.call("GET", `/mobilities/${mobilityId}/learning-agreement/ewp`, { token: token ?? (await h.tokenFor("outgoing")) });

describe("EWP omobility-las export", () => {
  it("writes a schema-valid proposal of the first version, sending HEI = home institution, receiving = partner", async () => {
    const { agreementId, conditionId, partnerId } = await seedAgreement(h);
    const m = await createMobility(h, { programme: "KA131", agreementId, conditionId, partnerId });
    await approvedRevision(m.id, laContent({ virtualComponents: [{ title: "Online seminar", description: "Weekly seminar <online>", credits: 2 }] }), false);
    const xml = await exportOf(m.id);
    expect(xml.status).toBe(200);
    expect(xml.contentType).toContain("application/xml");
    const result = validateLaXml(xml.json as string);
    expect(result.output).toContain("validates");
    expect(result.ok).toBe(true);
    expect(xml.json).toContain("<hei-id>orbis.test</hei-id>");
    expect(xml.json).toMatch(/<hei-id>uni-test\d+\.de<\/hei-id>/);
    expect(xml.json).toContain("<receiving-academic-year-id>2026/2027</receiving-academic-year-id>");
    expect(xml.json).toContain("<changes-proposal id=");
    expect(xml.json).not.toContain("<first-version>");
    expect(xml.json).toContain("<title>Übersetzung &lt;Chinesisch&gt;</title>");
    expect(xml.json).toContain("<short-description>Weekly seminar &lt;online&gt;</short-description>");
  });

  it("exports the agreed first version and the approved changes with their reasons, still valid", async () => {
    const { agreementId, conditionId, partnerId } = await seedAgreement(h);
    const m = await createMobility(h, { programme: "KA131", agreementId, conditionId, partnerId });
    await approvedRevision(m.id, laContent(), true);
    await approvedRevision(
      m.id,
      laContent({
        tableA: [
          { code: "GER-101", title: "Deutsche Literatur", semester: "S2", credits: 6, change: { status: "deleted", reasonCode: "not-available" } },
          { code: "GER-205", title: "Moderne Lyrik", semester: "year", credits: 6, change: { status: "inserted", reasonCode: "substituting-deleted", reasonText: "Même volume" } },
        ],
        tableB: [],
      }),
      true,
    );
    const xml = (await exportOf(m.id)).json as string;
    const result = validateLaXml(xml);
    expect(result.output).toContain("validates");
    expect(xml).toContain("<first-version>");
    expect(xml).toContain("<approved-changes>");
    expect(xml).not.toContain("<changes-proposal");
    expect(xml).toContain('<component status="deleted" reason-code="not-available">');
    expect(xml).toContain('<component status="inserted" reason-code="substituting-deleted" reason-text="Même volume">');
    expect(xml).toContain("<signer-position>Coordinateur &quot;chinois&quot; &amp; Co</signer-position>");
  });

  it("answers 409 before approval or without a partner, and respects roles and scope", async () => {
    const { agreementId, conditionId, partnerId } = await seedAgreement(h);
    const m = await createMobility(h, { programme: "KA131", agreementId, conditionId, partnerId });
    expect((await exportOf(m.id)).status).toBe(409);
    const noPartner = await createMobility(h, { programme: "FLE_ASSISTANTS", mobilityType: "staff-teaching" });
    await approvedRevision(noPartner.id, laContent(), false);
    expect((await exportOf(noPartner.id)).status).toBe(409);
    expect((await exportOf(m.id, await h.tokenFor("coordinator", ["LAW"]))).status).toBe(403);
    expect((await h.call("GET", `/mobilities/${m.id}/learning-agreement/ewp`)).status).toBe(401);
    expect((await exportOf(m.id, await h.tokenFor("incoming"))).status).toBe(403);
    expect((await exportOf("nope")).status).toBe(400);
  });
});
