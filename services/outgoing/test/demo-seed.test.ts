import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import { audit, mobilities } from "../src/db/schema/index";
import { demoOutgoingData, seedDemo } from "../src/seed/demo";
import { startOutgoing, type Harness } from "./harness";

let h: Harness;
beforeAll(async () => {
  h = await startOutgoing();
});
afterAll(() => h.close());

describe("demo seed", () => {
  it("seeds ten years of outgoing mobilities once, with coherent statuses and an audit row each", async () => {
    const data = demoOutgoingData(0.5);
    const first = await seedDemo(h.db, data);
    expect(first.mobilities).toBe(data.mobilities.length);
    expect(first.mobilities).toBeGreaterThan(300);
    const again = await seedDemo(h.db, data);
    expect(again.mobilities).toBe(0);
    const years = await h.db.selectDistinct({ y: mobilities.academicYear }).from(mobilities);
    expect(years.length).toBe(10);
    const rows = await h.db.select().from(mobilities);
    for (const row of rows) {
      expect(row.plannedEnd >= row.plannedStart).toBe(true);
      if (row.status === "completed") expect(row.actualEnd).not.toBeNull();
      if (row.status === "planned" || row.status === "cancelled") expect(row.actualStart).toBeNull();
      if (row.status === "cancelled" || row.status === "interrupted") expect(row.statusReason).toBeTruthy();
    }
    const [seeded] = await h.db.select({ n: count() }).from(audit).where(eq(audit.action, "seed"));
    expect(seeded!.n).toBe(first.mobilities);
    const listed = await h.call("GET", `/mobilities?academicYear=${data.currentYear}&limit=5`, { token: await h.tokenFor("outgoing") });
    expect(listed.status).toBe(200);
    expect(listed.json.total).toBeGreaterThan(0);
  });
});
