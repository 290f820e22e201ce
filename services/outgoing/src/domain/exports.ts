import { type ErasmusMobility, type MobilityExportRow } from "@orbis/contracts/outgoing";
import { mobilityDays } from "./durations";
import type { MobilityRow } from "./mobilities";
import { toMobility } from "./mobilities";

/** The pseudonymous analytics row: the mobility's id stands for the student (no name, email or student number). */
export function toExportRow(row: MobilityRow): MobilityExportRow {
  const m = toMobility(row);
  return {
    id: m.id,
    academicYear: m.academicYear,
    programme: m.programme,
    mobilityType: m.mobilityType,
    department: m.department,
    level: m.level,
    eqfLevel: m.eqfLevel,
    iscedCode: m.iscedCode,
    sex: m.sex,
    nationality: m.nationality,
    scholarshipHolder: m.scholarshipHolder,
    disability: m.disability,
    fewerOpportunities: m.fewerOpportunities,
    hostCountry: m.hostCountry,
    partnerId: m.partnerId,
    agreementId: m.agreementId,
    plannedStart: m.plannedStart,
    plannedEnd: m.plannedEnd,
    actualStart: m.actualStart,
    actualEnd: m.actualEnd,
    durationDays: mobilityDays(row),
    status: m.status,
    updatedAt: m.updatedAt,
  };
}



/** What the Erasmus+ service needs to pay grants, identity included. */
export function toErasmusMobility(row: MobilityRow): ErasmusMobility {
  const m = toMobility(row);
  return {
    id: m.id,
    student: { studentNumber: m.studentNumber, firstName: m.firstName, lastName: m.lastName, email: m.email, sex: m.sex, nationality: m.nationality, department: m.department },
    programme: m.programme,
    mobilityType: m.mobilityType,
    academicYear: m.academicYear,
    level: m.level,
    eqfLevel: m.eqfLevel,
    iscedCode: m.iscedCode,
    hostCountry: m.hostCountry,
    hostName: m.hostName,
    hostCity: m.hostCity,
    partnerId: m.partnerId,
    agreementId: m.agreementId,
    plannedStart: m.plannedStart,
    plannedEnd: m.plannedEnd,
    actualStart: m.actualStart,
    actualEnd: m.actualEnd,
    fewerOpportunities: m.fewerOpportunities,
    scholarshipHolder: m.scholarshipHolder,
    disability: m.disability,
    status: m.status,
    updatedAt: m.updatedAt,
  };
}
