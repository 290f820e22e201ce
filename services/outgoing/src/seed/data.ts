import {
  demoScale,
  generateUniverse,
  type Agreement as DemoAgreement,
  type Country as DemoCountry,
  type Mobility as DemoMobility,
  type Partner as DemoPartner,
  type Student as DemoStudent,
} from "@orbis/demo-data";

/** The slice of the demo universe the outgoing service owns: outgoing student mobilities, their students and hosts. */
export interface DemoOutgoingData {
  currentYear: number;
  /** "Today" of the universe: step statuses and payments are set as they would stand on that day. */
  referenceDate: string;
  mobilities: ReadonlyArray<DemoMobility>;
  students: ReadonlyMap<string, DemoStudent>;
  /** Outgoing students of each department (candidates of the applications that were not selected). */
  studentsByDepartment: ReadonlyMap<string, ReadonlyArray<DemoStudent>>;
  partners: ReadonlyMap<string, DemoPartner>;
  agreements: ReadonlyArray<DemoAgreement>;
  countries: ReadonlyMap<string, DemoCountry>;
}

export function demoOutgoingData(scale = demoScale()): DemoOutgoingData {
  const universe = generateUniverse({ scale });
  const byDepartment = new Map<string, DemoStudent[]>();
  for (const s of universe.students) {
    if (s.direction !== "outgoing") continue;
    const list = byDepartment.get(s.department);
    if (list) list.push(s);
    else byDepartment.set(s.department, [s]);
  }
  return {
    currentYear: Number(universe.currentAcademicYear.slice(0, 4)),
    referenceDate: universe.referenceDate,
    mobilities: universe.mobilities.filter((m) => m.direction === "outgoing" && m.participantType === "student" && m.studentId),
    students: new Map(universe.students.map((s) => [s.id, s])),
    studentsByDepartment: byDepartment,
    partners: new Map(universe.partners.map((p) => [p.id, p])),
    agreements: universe.agreements,
    countries: new Map(universe.countries.map((c) => [c.code, c])),
  };
}

export const yearOf = (academicYear: string) => Number(academicYear.slice(0, 4));
export const departmentOf = (m: DemoMobility, data: DemoOutgoingData) => m.department ?? data.students.get(m.studentId!)!.department;

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
