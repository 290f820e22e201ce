import type { Db } from "@orbis/db";
import { recordAudit } from "@orbis/service-kit";
import { audit, projects } from "../db/schema/index";
import { demoErasmusData, type DemoErasmusData } from "./data";
import { projectRows } from "./projects";
import { seedStaffMobilities } from "./staff-mobilities";
import { seedCooperation } from "./cooperation";
import { seedCommunication } from "./communication";

const SEED_ACTOR = { actor: "system", actorKind: "seed" };

/**
 * The Erasmus+ slice of the demo universe (ten call years), each area adding its rows here. Rows already there are
 * kept: the second run adds nothing. Returns how many rows each table received.
 */
export async function seedDemo(db: Db, data: DemoErasmusData = demoErasmusData()) {
  return db.transaction(async (tx) => {
    const inserted = await tx.insert(projects).values(projectRows(data)).onConflictDoNothing().returning({ id: projects.id });
    for (const row of inserted) await recordAudit(tx, audit, SEED_ACTOR, { action: "seed", entity: "project", entityId: row.id });
    const staffMobilities = await seedStaffMobilities(tx, data, SEED_ACTOR);
    const cooperation = await seedCooperation(tx, data, SEED_ACTOR);
    const communication = await seedCommunication(tx, data, SEED_ACTOR);
    return { projects: inserted.length, staffMobilities, ...cooperation, ...communication };
  });
}
