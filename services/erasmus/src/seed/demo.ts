import type { Db } from "@orbis/db";
import { recordAudit } from "@orbis/service-kit";
import { audit, grantHistory, grants, payments, projects, rateTables } from "../db/schema/index";
import { defaultRates } from "../domain/grants/default-rates";
import { demoErasmusData, type DemoErasmusData } from "./data";
import { grantRows } from "./grants";
import { projectRows } from "./projects";
import { seedStaffMobilities } from "./staff-mobilities";
import { seedCooperation } from "./cooperation";
import { seedCommunication } from "./communication";

const SEED_ACTOR = { actor: "system", actorKind: "seed" };
const CHUNK = 500;

async function insertChunks<T extends { id: string }>(rows: T[], insert: (chunk: T[]) => Promise<Array<{ id: string }>>): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) ids.push(...(await insert(rows.slice(i, i + CHUNK))).map((r) => r.id));
  return ids;
}

/**
 * The Erasmus+ slice of the demo universe (ten call years): rates, projects, student grants with their first history
 * row and payments; each area adds its rows here. Rows already there are kept: the second run adds nothing.
 */
export async function seedDemo(db: Db, data: DemoErasmusData = demoErasmusData()) {
  return db.transaction(async (tx) => {
    const years = Array.from({ length: data.currentYear - data.firstYear + 1 }, (_, i) => data.firstYear + i);
    const rates = new Map(years.map((year) => [year, defaultRates(year)]));
    const rateRows = await tx
      .insert(rateTables)
      .values(years.map((callYear) => ({ callYear, rates: rates.get(callYear)! })))
      .onConflictDoNothing()
      .returning({ callYear: rateTables.callYear });
    const projectList = projectRows(data);
    const projectIds = await insertChunks(projectList, (chunk) => tx.insert(projects).values(chunk).onConflictDoNothing().returning({ id: projects.id }));
    const byKey = new Map(projectList.map((p) => [`${p.action}/${p.callYear}`, p.id]));
    const seeded = grantRows(data, rates, (action, year) => byKey.get(`${action}/${year}`) ?? null);
    const grantIds = await insertChunks(seeded.grants, (chunk) => tx.insert(grants).values(chunk).onConflictDoNothing().returning({ id: grants.id }));
    const created = new Set(grantIds);
    const fresh = seeded.grants.filter((g) => created.has(g.id));
    for (let i = 0; i < fresh.length; i += CHUNK) {
      await tx.insert(grantHistory).values(fresh.slice(i, i + CHUNK).map((g) => ({ grantId: g.id, by: "system", reason: "Demo data", input: g.input, result: g.result, totalCents: g.totalCents!, at: new Date(`${data.universe.referenceDate}T00:00:00Z`) })));
    }
    const paymentIds = await insertChunks(seeded.payments, (chunk) => tx.insert(payments).values(chunk).onConflictDoNothing().returning({ id: payments.id }));
    for (const row of rateRows) await recordAudit(tx, audit, SEED_ACTOR, { action: "seed", entity: "rates", entityId: String(row.callYear) });
    for (const id of projectIds) await recordAudit(tx, audit, SEED_ACTOR, { action: "seed", entity: "project", entityId: id });
    if (grantIds.length) await recordAudit(tx, audit, SEED_ACTOR, { action: "seed", entity: "grants", entityId: "demo", after: { grants: grantIds.length, payments: paymentIds.length } });
    const staffMobilities = await seedStaffMobilities(tx, data, SEED_ACTOR);
    const cooperation = await seedCooperation(tx, data, SEED_ACTOR);
    const communication = await seedCommunication(tx, data, SEED_ACTOR);
    return { rates: rateRows.length, projects: projectIds.length, grants: grantIds.length, payments: paymentIds.length, staffMobilities, ...cooperation, ...communication };
  });
}
