import { KIND_OF_PROGRAMME, type IncomingProgramme, type IncomingStatus, type StayPeriod } from "@orbis/contracts/incoming";
import type { Mobility as DemoMobility } from "@orbis/demo-data";
import type { DemoIncomingData, StudentInsert } from "./data";
import { unit } from "./ids";

/** Share of cancelled mobilities that were refused by the host department (the others withdrew). */
const REFUSED_SHARE = 0.35;

/**
 * The universe tells what happened to the mobility; the incoming pole tracks the stay: a completed or interrupted
 * one has departed, one in progress has arrived, a cancelled one was refused by the department or withdrawn, and a
 * planned one is admitted or already enrolled (half of them, by id, so the demo shows both).
 */
function statusOf(m: DemoMobility): IncomingStatus {
  switch (m.status) {
    case "completed":
    case "interrupted":
      return "departed";
    case "in-progress":
      return "arrived";
    case "cancelled":
      return unit("refused", m.id) < REFUSED_SHARE ? "refused" : "withdrawn";
    case "planned":
      return parseInt(m.id.slice(0, 8), 16) % 2 === 0 ? "enrolled" : "admitted";
  }
}

function periodOf(m: DemoMobility): StayPeriod {
  if (m.shortTerm) return "short";
  return m.period === "autumn" || m.period === "spring" || m.period === "full-year" ? m.period : "short";
}

/** The demo mobility as the incoming table stores it (home institution from the partner or the external one). */
export function studentRow(m: DemoMobility, data: DemoIncomingData): StudentInsert {
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
