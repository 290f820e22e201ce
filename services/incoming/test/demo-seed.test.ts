import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import { IncomingStudent } from "@orbis/contracts/incoming";
import { audit, students } from "../src/db/schema/index";
import { toStudent } from "../src/domain/students";
import { demoIncomingData, seedDemo } from "../src/seed/demo";
import { startIncoming, type Harness } from "./harness";

let h: Harness;
beforeAll(async () => {
  h = await startIncoming();
});
afterAll(() => h.close());

describe("demo seed", () => {
  it("seeds ten years of incoming students once, with coherent statuses and an audit row each", async () => {
    const data = demoIncomingData(0.5);
    const first = await seedDemo(h.db, data);
    expect(first.students).toBe(data.mobilities.length);
    expect(first.students).toBeGreaterThan(200);
    expect((await seedDemo(h.db, data)).students).toBe(0);
    const years = await h.db.selectDistinct({ y: students.academicYear }).from(students);
    expect(years.length).toBe(10);
    const rows = await h.db.select().from(students);
    for (const row of rows) {
      expect(IncomingStudent.safeParse(toStudent(row)).success).toBe(true);
      expect(row.plannedDeparture >= row.plannedArrival).toBe(true);
      if (row.kind === "free-mover") expect(row.agreementId).toBeNull();
      if (row.kind === "exchange") expect(row.agreementId).not.toBeNull();
      if (row.status === "departed") expect(row.actualDeparture).not.toBeNull();
      if (row.status === "arrived") expect([row.actualArrival !== null, row.actualDeparture]).toEqual([true, null]);
      if (row.status === "admitted" || row.status === "withdrawn") expect([row.actualArrival, row.studentNumber]).toEqual([null, null]);
      if (row.status === "enrolled" || row.status === "arrived" || row.status === "departed") expect(row.studentNumber).toBeTruthy();
    }
    const statuses = new Set(rows.map((r) => r.status));
    for (const status of ["departed", "arrived", "withdrawn"]) expect(statuses).toContain(status);
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(["exchange", "programme", "free-mover"]));
    const [seeded] = await h.db.select({ n: count() }).from(audit).where(eq(audit.action, "seed"));
    expect(seeded!.n).toBe(first.students);
    const listed = await h.call("GET", `/students?academicYear=${data.currentYear}&limit=5`, { token: await h.tokenFor("incoming") });
    expect(listed.status).toBe(200);
    expect(listed.json.total).toBeGreaterThan(0);
  });
});
