import { count } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { mobilities } from "../src/db/schema/index";
import type { Harness } from "./harness";

let counter = 0;

/** A mobility inserted directly (the application and nomination steps belong to other areas). */
export async function insertMobility(h: Harness, overrides: Partial<typeof mobilities.$inferInsert> = {}) {
  counter += 1;
  const [row] = await h.db
    .insert(mobilities)
    .values({
      studentNumber: `2100${String(counter).padStart(4, "0")}`,
      firstName: "Camille",
      lastName: `Martin${counter}`,
      email: `camille.martin${counter}@etu.orbis.test`,
      department: "CHINESE",
      level: "L3",
      sex: "F",
      nationality: "FR",
      programme: "KA131",
      mobilityType: "student-studies",
      academicYear: 2026,
      hostName: "Universität Teststadt",
      hostCountry: "DE",
      eqfLevel: 6,
      iscedCode: "0231",
      plannedStart: "2026-09-01",
      plannedEnd: "2027-01-31",
      status: "completed",
      ...overrides,
    })
    .returning();
  return row!;
}

export async function rowCount(h: Harness, table: PgTable): Promise<number> {
  const [row] = await h.db.select({ n: count() }).from(table);
  return row!.n;
}
