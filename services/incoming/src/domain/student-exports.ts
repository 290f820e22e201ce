import type { StudentExportRow } from "@orbis/contracts/incoming";
import { toStudent, type StudentRow } from "./students";

const DAY = 86_400_000;

/** Days of the stay, both ends included: actual dates when known, planned otherwise. */
export function stayDays(row: StudentRow): number {
  const from = Date.parse(`${row.actualArrival ?? row.plannedArrival}T00:00:00Z`);
  const to = Date.parse(`${row.actualDeparture ?? row.plannedDeparture}T00:00:00Z`);
  return Math.round((to - from) / DAY) + 1;
}

/** The pseudonymous analytics row: the stay's id stands for the student (no name, email, birth date or number). */
export function toExportRow(row: StudentRow, ectsObtained: number): StudentExportRow {
  const s = toStudent(row);
  return {
    id: s.id,
    academicYear: s.academicYear,
    kind: s.kind,
    programme: s.programme,
    status: s.status,
    department: s.department,
    level: s.level,
    eqfLevel: s.eqfLevel,
    iscedCode: s.iscedCode,
    sex: s.sex,
    nationality: s.nationality,
    homeCountry: s.homeCountry,
    partnerId: s.partnerId,
    agreementId: s.agreementId,
    period: s.period,
    plannedArrival: s.plannedArrival,
    plannedDeparture: s.plannedDeparture,
    actualArrival: s.actualArrival,
    actualDeparture: s.actualDeparture,
    durationDays: stayDays(row),
    ectsObtained,
    updatedAt: s.updatedAt,
  };
}


