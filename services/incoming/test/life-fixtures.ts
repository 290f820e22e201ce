import { count } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { audit, students } from "../src/db/schema/index";
import type { Harness } from "./harness";

let counter = 0;

/** An admitted incoming student hosted by a department, inserted directly (admission is another area's work). */
export async function insertStudent(h: Harness, department = "CHINESE", lastName?: string): Promise<string> {
  counter += 1;
  const name = lastName ?? `Student${counter}`;
  const [row] = await h.db
    .insert(students)
    .values({
      kind: "exchange",
      status: "admitted",
      firstName: "Lena",
      lastName: name,
      email: `${name.toLowerCase()}.${counter}@uni-teststadt.de`,
      sex: "F",
      birthDate: "2003-04-12",
      nationality: "DE",
      homeInstitutionName: "University of Teststadt",
      homeCountry: "DE",
      programme: "KA131",
      academicYear: 2026,
      period: "autumn",
      department,
      level: "L3",
      eqfLevel: 6,
      iscedCode: "0231",
      plannedArrival: "2026-09-01",
      plannedDeparture: "2027-01-31",
    })
    .returning({ id: students.id });
  return row!.id;
}

/** Row counts of the tables a write could touch, to show a refused request wrote nothing. */
export async function snapshot(h: Harness, tables: PgTable[]): Promise<number[]> {
  return Promise.all([audit, ...tables].map(async (t) => (await h.db.select({ n: count() }).from(t))[0]!.n));
}

export const NO_SUCH_ID = "00000000-0000-4000-8000-000000000000";
