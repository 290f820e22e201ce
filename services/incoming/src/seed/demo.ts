import { KIND_OF_PROGRAMME, type IncomingProgramme, type IncomingStatus, type StayPeriod } from "@orbis/contracts/incoming";
import { demoScale, generateUniverse, type Mobility as DemoMobility, type Partner as DemoPartner, type Student as DemoStudent } from "@orbis/demo-data";
import type { Db } from "@orbis/db";
import { audit, students } from "../db/schema/index";

/** The slice of the demo universe the incoming service owns: incoming student mobilities and their students. */
export interface DemoIncomingData {
  currentYear: number;
  mobilities: ReadonlyArray<DemoMobility>;
  students: ReadonlyMap<string, DemoStudent>;
  partners: ReadonlyMap<string, DemoPartner>;
}

export function demoIncomingData(scale = demoScale()): DemoIncomingData {
  const universe = generateUniverse({ scale });
  return {
    currentYear: Number(universe.currentAcademicYear.slice(0, 4)),
    mobilities: universe.mobilities.filter((m) => m.direction === "incoming" && m.participantType === "student" && m.studentId),
    students: new Map(universe.students.map((s) => [s.id, s])),
    partners: new Map(universe.partners.map((p) => [p.id, p])),
  };
}

const CHUNK = 500;

/**
 * The universe tells what happened to the mobility; the incoming pole tracks the stay: a completed or interrupted
 * one has departed, one in progress has arrived, a cancelled one was withdrawn, and a planned one is admitted or
 * already enrolled (half of them, by id, so the demo shows both).
 */
function statusOf(m: DemoMobility): IncomingStatus {
  switch (m.status) {
    case "completed":
    case "interrupted":
      return "departed";
    case "in-progress":
      return "arrived";
    case "cancelled":
      return "withdrawn";
    case "planned":
      return parseInt(m.id.slice(0, 8), 16) % 2 === 0 ? "enrolled" : "admitted";
  }
}

function periodOf(m: DemoMobility): StayPeriod {
  if (m.shortTerm) return "short";
  return m.period === "autumn" || m.period === "spring" || m.period === "full-year" ? m.period : "short";
}

/** The demo mobility as the incoming table stores it (home institution from the partner or the external one). */
export function studentRow(m: DemoMobility, data: DemoIncomingData): typeof students.$inferInsert {
  const student = data.students.get(m.studentId!)!;
  const partner = m.partnerId ? data.partners.get(m.partnerId) : undefined;
  const status = statusOf(m);
  const arrived = status === "arrived" || status === "departed";
  const enrolled = arrived || status === "enrolled";
  const programme = m.programme as IncomingProgramme;
  return {
    id: m.id,
    kind: KIND_OF_PROGRAMME[programme],
    status,
    firstName: student.firstName,
    lastName: student.lastName,
    email: student.email,
    sex: student.sex,
    birthDate: student.birthDate,
    nationality: student.nationality,
    partnerId: m.partnerId,
    homeInstitutionName: partner?.nameLatin ?? m.externalInstitution?.nameLatin ?? m.city,
    homeCountry: m.countryCode,
    agreementId: m.agreementId,
    conditionId: null,
    programme,
    academicYear: Number(m.academicYear.slice(0, 4)),
    period: periodOf(m),
    department: m.department ?? student.department,
    level: m.level ?? student.level,
    eqfLevel: m.eqfLevel ?? 6,
    iscedCode: m.iscedCode,
    plannedArrival: m.startDate,
    plannedDeparture: m.plannedEndDate,
    actualArrival: arrived ? m.startDate : null,
    actualDeparture: status === "departed" ? m.endDate : null,
    studentNumber: enrolled ? student.studentNumber : null,
  };
}

/**
 * Seeds ten academic years of incoming students. Idempotent: rows keep the universe's stable ids and what exists is
 * left untouched, so a restart neither duplicates nor resets what users changed.
 */
export async function seedDemo(db: Db, data: DemoIncomingData = demoIncomingData()): Promise<{ students: number }> {
  const rows = data.mobilities.map((m) => studentRow(m, data));
  let inserted = 0;
  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += CHUNK) {
      const created = await tx.insert(students).values(rows.slice(i, i + CHUNK)).onConflictDoNothing().returning({ id: students.id });
      inserted += created.length;
      if (created.length) await tx.insert(audit).values(created.map(({ id }) => ({ actor: "system", actorKind: "system", action: "seed", entity: "student", entityId: id })));
    }
  });
  return { students: inserted };
}
