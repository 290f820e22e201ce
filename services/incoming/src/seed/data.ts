import type { IncomingStatus } from "@orbis/contracts/incoming";
import { demoScale, generateUniverse, type Mobility as DemoMobility, type Partner as DemoPartner, type Student as DemoStudent } from "@orbis/demo-data";
import type { students } from "../db/schema/index";

/** The slice of the demo universe the incoming service owns: incoming student mobilities and their students. */
export interface DemoIncomingData {
  /** The universe's scale: the residences' rooms follow it. */
  scale: number;
  currentYear: number;
  /** "Today" of the universe: what is done, issued or still waiting is set as it would stand on that day. */
  referenceDate: string;
  mobilities: ReadonlyArray<DemoMobility>;
  students: ReadonlyMap<string, DemoStudent>;
  partners: ReadonlyMap<string, DemoPartner>;
}

export function demoIncomingData(scale = demoScale()): DemoIncomingData {
  const universe = generateUniverse({ scale });
  return {
    scale,
    currentYear: Number(universe.currentAcademicYear.slice(0, 4)),
    referenceDate: universe.referenceDate,
    mobilities: universe.mobilities.filter((m) => m.direction === "incoming" && m.participantType === "student" && m.studentId),
    students: new Map(universe.students.map((s) => [s.id, s])),
    partners: new Map(universe.partners.map((p) => [p.id, p])),
  };
}

export type StudentInsert = typeof students.$inferInsert & { id: string; status: IncomingStatus; academicYear: number; department: string; period: string };

/** Students who came (or, for the current year, are enrolled and about to): they take courses, tests, rooms. */
export const cameOrComing = (s: StudentInsert) => s.status === "arrived" || s.status === "departed" || s.status === "enrolled";
export const came = (s: StudentInsert) => s.status === "arrived" || s.status === "departed";
/** The last day of the stay: the actual departure when known. */
export const lastDayOf = (s: StudentInsert) => s.actualDeparture ?? s.plannedDeparture;
export const firstDayOf = (s: StudentInsert) => s.actualArrival ?? s.plannedArrival;
/** The department's coordinator, who decides admissions and approves courses in the seeded history. */
export const coordinatorOf = (department: string) => `coordination.${department.toLowerCase().replace(/_/g, "-")}@orbis.test`;
export const OFFICE = "relations-internationales.accueil@orbis.test";

export function groupBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
