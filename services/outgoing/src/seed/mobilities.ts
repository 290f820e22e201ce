import type { Mobility as DemoMobility } from "@orbis/demo-data";
import type { mobilities } from "../db/schema/index";
import type { DemoOutgoingData } from "./data";
import { seedId } from "./ids";

const CANCELLATION_REASONS = ["Raisons personnelles", "Raisons de santé", "Échec aux examens du semestre précédent", "Visa non obtenu"];
const INTERRUPTION_REASONS = ["Raisons familiales", "Raisons de santé", "Difficultés d'adaptation"];

export type MobilityInsert = typeof mobilities.$inferInsert & { id: string };

/** The application a demo mobility came from (every seeded mobility was selected through a call). */
export const applicationIdOf = (m: Pick<DemoMobility, "id">) => seedId("application", m.id);

/** The demo mobility as the outgoing table stores it (host from the partner or the external institution). */
export function mobilityRow(m: DemoMobility, data: DemoOutgoingData): MobilityInsert {
  const student = data.students.get(m.studentId!)!;
  const partner = m.partnerId ? data.partners.get(m.partnerId) : undefined;
  const hostName = partner?.nameLatin ?? m.externalInstitution?.nameLatin ?? m.city;
  const started = m.status === "completed" || m.status === "in-progress" || m.status === "interrupted";
  const ended = m.status === "completed" || m.status === "interrupted";
  const pick = (list: string[]) => list[parseInt(m.id.slice(0, 8), 16) % list.length]!;
  return {
    id: m.id,
    applicationId: applicationIdOf(m),
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
