import { demoScale, generateUniverse, type Mobility as DemoMobility, type Partner as DemoPartner, type Student as DemoStudent } from "@orbis/demo-data";
import type { Db } from "@orbis/db";
import { audit, mobilities } from "../db/schema/index";

/** The slice of the demo universe the outgoing service owns: outgoing student mobilities and their students. */
export interface DemoOutgoingData {
  currentYear: number;
  mobilities: ReadonlyArray<DemoMobility>;
  students: ReadonlyMap<string, DemoStudent>;
  partners: ReadonlyMap<string, DemoPartner>;
}

export function demoOutgoingData(scale = demoScale()): DemoOutgoingData {
  const universe = generateUniverse({ scale });
  return {
    currentYear: Number(universe.currentAcademicYear.slice(0, 4)),
    mobilities: universe.mobilities.filter((m) => m.direction === "outgoing" && m.participantType === "student" && m.studentId),
    students: new Map(universe.students.map((s) => [s.id, s])),
    partners: new Map(universe.partners.map((p) => [p.id, p])),
  };
}

const CHUNK = 500;
const CANCELLATION_REASONS = ["Raisons personnelles", "Raisons de santé", "Échec aux examens du semestre précédent", "Visa non obtenu"];
const INTERRUPTION_REASONS = ["Raisons familiales", "Raisons de santé", "Difficultés d'adaptation"];

/** The demo mobility as the outgoing table stores it (host from the partner or the external institution). */
export function mobilityRow(m: DemoMobility, data: DemoOutgoingData): typeof mobilities.$inferInsert {
  const student = data.students.get(m.studentId!)!;
  const partner = m.partnerId ? data.partners.get(m.partnerId) : undefined;
  const hostName = partner?.nameLatin ?? m.externalInstitution?.nameLatin ?? m.city;
  const started = m.status === "completed" || m.status === "in-progress" || m.status === "interrupted";
  const ended = m.status === "completed" || m.status === "interrupted";
  const pick = (list: string[]) => list[parseInt(m.id.slice(0, 8), 16) % list.length]!;
  return {
    id: m.id,
    studentNumber: student.studentNumber,
    firstName: student.firstName,
    lastName: student.lastName,
    email: student.email,
    department: m.department ?? student.department,
    level: m.level ?? student.level,
    sex: student.sex,
    nationality: student.nationality,
    scholarshipHolder: student.scholarshipHolder,
    disability: student.disability,
    fewerOpportunities: student.fewerOpportunities,
    programme: m.programme,
    mobilityType: m.mobilityType,
    academicYear: Number(m.academicYear.slice(0, 4)),
    agreementId: m.agreementId,
    conditionId: null,
    partnerId: m.partnerId,
    hostName,
    hostCountry: m.countryCode,
    hostCity: partner?.city ?? m.externalInstitution?.city ?? m.city,
    eqfLevel: m.eqfLevel ?? 6,
    iscedCode: m.iscedCode,
    plannedStart: m.startDate,
    plannedEnd: m.plannedEndDate,
    actualStart: started ? m.startDate : null,
    actualEnd: ended ? m.endDate : null,
    status: m.status,
    statusReason: m.status === "cancelled" ? pick(CANCELLATION_REASONS) : m.status === "interrupted" ? pick(INTERRUPTION_REASONS) : null,
  };
}

/**
 * Seeds ten academic years of outgoing mobilities. Idempotent: rows keep the universe's stable ids and what exists
 * is left untouched, so a restart neither duplicates nor resets what users changed.
 */
export async function seedDemo(db: Db, data: DemoOutgoingData = demoOutgoingData()): Promise<{ mobilities: number }> {
  const rows = data.mobilities.map((m) => mobilityRow(m, data));
  let inserted = 0;
  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += CHUNK) {
      const created = await tx.insert(mobilities).values(rows.slice(i, i + CHUNK)).onConflictDoNothing().returning({ id: mobilities.id });
      inserted += created.length;
      if (created.length) await tx.insert(audit).values(created.map(({ id }) => ({ actor: "system", actorKind: "system", action: "seed", entity: "mobility", entityId: id })));
    }
  });
  return { mobilities: inserted };
}
