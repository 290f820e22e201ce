import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import { cooperationProjects, eventRegistrations, events, interviewBookings, staffMobilities } from "../src/db/schema/index";
import { demoErasmusData } from "../src/seed/data";
import { seedDemo } from "../src/seed/demo";
import { startErasmus, type Harness } from "./harness";

let h: Harness;
const data = demoErasmusData(0.5);
let first: Awaited<ReturnType<typeof seedDemo>>;
beforeAll(async () => {
  h = await startErasmus();
  first = await seedDemo(h.db, data);
});
afterAll(() => h.close());

describe("the demo seed of staff mobilities, cooperation projects and communication", () => {
  it("covers every year of the universe, coherently, and adds nothing the second time", async () => {
    expect(first.staffMobilities).toBeGreaterThan(20);
    expect(first.cooperationProjects).toBeGreaterThanOrEqual(20);
    expect(first.events).toBe(50);
    expect(first.eventRegistrations).toBeGreaterThan(500);
    expect(first.interviewBookings).toBeGreaterThan(50);
    const years = await h.db.selectDistinct({ year: staffMobilities.academicYear }).from(staffMobilities);
    expect(years.length).toBeGreaterThanOrEqual(9);
    // Every staff mobility respects the rules an application is checked against.
    const mobilities = await h.db.select().from(staffMobilities);
    for (const m of mobilities) {
      expect(m.endDate >= m.startDate).toBe(true);
      if (m.type === "teaching") expect(m.teachingHours).toBeGreaterThanOrEqual(8);
      if (m.travelDays > 2) expect(m.greenTravel).toBe(true);
      if (m.status === "reported") expect(m.reportSubmittedOn! >= m.endDate).toBe(true);
    }
    // No event holds more confirmed registrations than seats.
    const seats = await h.db.select({ id: events.id, capacity: events.capacity }).from(events);
    const confirmed = await h.db
      .select({ id: eventRegistrations.eventId, n: count() })
      .from(eventRegistrations)
      .where(eq(eventRegistrations.status, "registered"))
      .groupBy(eventRegistrations.eventId);
    for (const row of confirmed) expect(row.n).toBeLessThanOrEqual(seats.find((e) => e.id === row.id)!.capacity);
    const stages = await h.db.selectDistinct({ stage: cooperationProjects.stage }).from(cooperationProjects);
    expect(stages.map((s) => s.stage)).toEqual(expect.arrayContaining(["running", "rejected", "closed"]));
    const second = await seedDemo(h.db, data);
    expect(Object.values(second).every((n) => n === 0)).toBe(true);
    expect((await h.db.select({ n: count() }).from(interviewBookings))[0]!.n).toBe(first.interviewBookings);
  });
});
