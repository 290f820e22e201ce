import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq, sql } from "drizzle-orm";
import {
  aidAwards,
  aids,
  allocationRuns,
  applications,
  audit,
  callDestinations,
  calls,
  followUpSteps,
  laRevisions,
  mobilities,
  nominations,
  recognitions,
} from "../src/db/schema/index";
import { allocationInputs } from "../src/domain/allocation-inputs";
import { demoOutgoingData, seedDemo, type SeedCounts } from "../src/seed/demo";
import { startOutgoing, type Harness } from "./harness";

const data = demoOutgoingData(0.5);
let h: Harness;
let first: SeedCounts;
beforeAll(async () => {
  // The universe's reference date: step statuses and payments were seeded as they stand that day.
  h = await startOutgoing({ now: () => new Date(`${data.referenceDate}T12:00:00Z`) });
  first = await seedDemo(h.db, data);
}, 120_000);
afterAll(() => h.close());

describe("demo seed", () => {
  it("seeds every area once, with one audit row per row, and adds nothing on a second run", async () => {
    expect(first.mobilities).toBe(data.mobilities.length);
    expect(first.mobilities).toBeGreaterThan(300);
    for (const [area, n] of Object.entries(first)) expect(n, area).toBeGreaterThan(0);
    expect(first.applications).toBeGreaterThan(first.mobilities * 1.15);
    expect(first.nominations).toBe(data.mobilities.filter((m) => m.agreementId).length);
    const again = await seedDemo(h.db, data);
    expect(Object.values(again).every((n) => n === 0)).toBe(true);
    const [seeded] = await h.db.select({ n: count() }).from(audit).where(eq(audit.action, "seed"));
    // One audit row per row created, the follow-up steps being audited once per mobility's checklist.
    expect(seeded!.n).toBe(Object.values(first).reduce((a, b) => a + b, 0) - first.followUpSteps + first.mobilities);
  });

  it("keeps ten years of mobilities with coherent statuses", async () => {
    const years = await h.db.selectDistinct({ y: mobilities.academicYear }).from(mobilities);
    expect(years.length).toBe(10);
    const rows = await h.db.select().from(mobilities);
    for (const row of rows) {
      expect(row.plannedEnd >= row.plannedStart).toBe(true);
      if (row.status === "completed") expect(row.actualEnd).not.toBeNull();
      if (row.status === "planned" || row.status === "cancelled") expect(row.actualStart).toBeNull();
      if (row.status === "cancelled" || row.status === "interrupted") expect(row.statusReason).toBeTruthy();
    }
  });

  it("has published calls with their allocation, and an open call next year per programme without destinations", async () => {
    const open = await h.db.select().from(calls).where(eq(calls.status, "open"));
    expect(open.length).toBeGreaterThanOrEqual(5);
    expect(open.every((c) => c.academicYear === data.currentYear + 1 && c.opensOn <= data.referenceDate && c.closesOn >= data.referenceDate)).toBe(true);
    const [openDestinations] = await h.db.select({ n: count() }).from(callDestinations).innerJoin(calls, eq(calls.id, callDestinations.callId)).where(eq(calls.status, "open"));
    expect(openDestinations!.n).toBe(0);
    const published = await h.db.select().from(calls).where(eq(calls.status, "published"));
    const runs = await h.db.select().from(allocationRuns);
    expect(runs.length).toBe(published.length);
    expect(runs.every((r) => r.publishedAt !== null)).toBe(true);
    // Every run is reproducible: the inputs read back from the tables give the same hash.
    for (const call of published) {
      const run = runs.find((r) => r.callId === call.id)!;
      expect((await allocationInputs(h.db, call)).inputsHash, call.title).toBe(run.inputsHash);
    }
    const listed = await h.call("GET", `/calls?academicYear=${data.currentYear + 1}`, { token: await h.tokenFor("outgoing") });
    expect(listed.status).toBe(200);
  });

  it("never allocates above a destination's places, and nominates into existing mobilities", async () => {
    const over = await h.db
      .select({ id: callDestinations.id })
      .from(callDestinations)
      .innerJoin(nominations, eq(nominations.destinationId, callDestinations.id))
      .groupBy(callDestinations.id, callDestinations.places)
      .having(sql`count(*) > ${callDestinations.places}`);
    expect(over).toEqual([]);
    const orphans = await h.db
      .select({ id: nominations.id })
      .from(nominations)
      .leftJoin(mobilities, eq(mobilities.id, nominations.mobilityId))
      .where(sql`${mobilities.id} is null or ${nominations.decision} <> 'accepted'`);
    expect(orphans).toEqual([]);
    const [unsuccessful] = await h.db
      .select({ n: count() })
      .from(applications)
      .leftJoin(nominations, eq(nominations.applicationId, applications.id))
      .leftJoin(mobilities, eq(mobilities.applicationId, applications.id))
      .where(sql`${nominations.id} is null and ${mobilities.id} is null`);
    expect(unsuccessful!.n).toBeGreaterThan(0);
  });

  it("follows every mobility up, with late steps for the reminders list", async () => {
    const [steps] = await h.db.select({ n: count() }).from(followUpSteps);
    expect(steps!.n).toBe(data.mobilities.length * 8);
    const notDone = await h.db
      .select({ id: followUpSteps.id })
      .from(followUpSteps)
      .innerJoin(mobilities, eq(mobilities.id, followUpSteps.mobilityId))
      .where(sql`${mobilities.status} = 'completed' and ${followUpSteps.status} not in ('done', 'not-applicable')`);
    expect(notDone).toEqual([]);
    const late = await h.call("GET", "/steps/late", { token: await h.tokenFor("outgoing") });
    expect(late.status).toBe(200);
    expect(late.json.total).toBeGreaterThan(0);
    const [approved] = await h.db.select({ n: count() }).from(laRevisions).where(eq(laRevisions.status, "approved"));
    expect(approved!.n).toBeGreaterThan(first.mobilities / 2);
    const [recognised] = await h.db.select({ n: count() }).from(recognitions);
    expect(recognised!.n).toBe(first.recognitions);
  });

  it("keeps each aid's awards within its budget, paid for past years", async () => {
    const rows = await h.db
      .select({ id: aids.id, year: aids.academicYear, budget: aids.budgetCents, committed: sql<number>`coalesce(sum(${aidAwards.amountCents}), 0)::int`.mapWith(Number), unpaid: sql<number>`count(*) filter (where ${aidAwards.status} <> 'paid')::int`.mapWith(Number) })
      .from(aids)
      .leftJoin(aidAwards, eq(aidAwards.aidId, aids.id))
      .groupBy(aids.id, aids.academicYear, aids.budgetCents);
    for (const aid of rows) {
      expect(aid.committed).toBeLessThanOrEqual(aid.budget);
      if (aid.year < data.currentYear) expect(aid.unpaid).toBe(0);
    }
  });
});
