import type { ErasmusMobility } from "@orbis/contracts/outgoing";
import type { DistanceBand, RateTable } from "@orbis/contracts/erasmus";
import type { Mobility as DemoMobility } from "@orbis/demo-data";
import type { grants, payments } from "../db/schema/index";
import { calculationFor } from "../domain/sync";
import { participantName, studentGrantInput } from "../domain/student-grants";
import { yearOf, type DemoErasmusData } from "./data";

type GrantInsert = typeof grants.$inferInsert & { id: string };
type PaymentInsert = typeof payments.$inferInsert & { id: string };

/** Great-circle distance (km), as the EU distance calculator measures it. */
function distanceKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.latitude - a.latitude) * rad) / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(((b.longitude - a.longitude) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

export function bandOf(km: number): DistanceBand {
  if (km < 100) return "10-99";
  if (km < 500) return "100-499";
  if (km < 2000) return "500-1999";
  if (km < 3000) return "2000-2999";
  if (km < 4000) return "3000-3999";
  if (km < 8000) return "4000-7999";
  return "8000+";
}

/** The demo mobility as the outgoing service answers it on GET /erasmus/mobilities (same ids, same fields). */
function snapshotOf(m: DemoMobility, data: DemoErasmusData): ErasmusMobility {
  const student = data.students.get(m.studentId!)!;
  const partner = m.partnerId ? data.partners.get(m.partnerId) : undefined;
  const started = m.status === "completed" || m.status === "in-progress" || m.status === "interrupted";
  const ended = m.status === "completed" || m.status === "interrupted";
  return {
    id: m.id,
    student: { studentNumber: student.studentNumber, firstName: student.firstName, lastName: student.lastName, email: student.email, sex: student.sex, nationality: student.nationality, department: m.department ?? student.department },
    programme: m.programme as ErasmusMobility["programme"],
    mobilityType: m.mobilityType,
    academicYear: yearOf(m.academicYear),
    level: (m.level ?? student.level) as ErasmusMobility["level"],
    eqfLevel: (m.eqfLevel ?? 6) as ErasmusMobility["eqfLevel"],
    iscedCode: m.iscedCode,
    hostCountry: m.countryCode,
    hostName: partner?.nameLatin ?? m.externalInstitution?.nameLatin ?? m.city,
    hostCity: partner?.city ?? m.externalInstitution?.city ?? m.city,
    partnerId: m.partnerId,
    agreementId: m.agreementId,
    plannedStart: m.startDate,
    plannedEnd: m.plannedEndDate,
    actualStart: started ? m.startDate : null,
    actualEnd: ended ? m.endDate : null,
    fewerOpportunities: student.fewerOpportunities,
    scholarshipHolder: student.scholarshipHolder,
    disability: student.disability,
    status: m.status as ErasmusMobility["status"],
    updatedAt: `${data.universe.referenceDate}T00:00:00.000Z`,
  };
}

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A grant for every Erasmus+ student mobility of the universe (distance band from the partner's coordinates, green
 * travel as the universe says), with payments as they stand on the reference date: pre-financing at departure,
 * balance a month after a completed mobility's report.
 */
export function grantRows(data: DemoErasmusData, rates: ReadonlyMap<number, RateTable>, projectOf: (action: string, year: number) => string | null) {
  const home = data.universe.institution;
  const rows: GrantInsert[] = [];
  const paid: PaymentInsert[] = [];
  for (const m of data.universe.mobilities) {
    if (m.direction !== "outgoing" || m.participantType !== "student" || !m.studentId || (m.programme !== "KA131" && m.programme !== "KA171")) continue;
    const snapshot = snapshotOf(m, data);
    const partner = m.partnerId ? data.partners.get(m.partnerId) : undefined;
    const input = studentGrantInput(snapshot, {
      distanceBand: partner ? bandOf(distanceKm(home, partner)) : null,
      greenTravel: m.greenTravel,
      travelDays: m.greenTravel ? 4 : 0,
      interruptions: [],
      zeroGrantPeriods: [],
    });
    const calc = calculationFor(input, snapshot.status, rates.get(input.callYear));
    const id = data.id("erasmus-grant", m.id);
    const reportSubmitted = m.status === "completed" && addDays(m.endDate, 30) <= data.universe.referenceDate;
    const prefinancing = Math.round((calc.totalCents * (rates.get(input.callYear)?.prefinancingPercent ?? 80)) / 100);
    let paidCents = 0;
    if (calc.result && m.status !== "planned" && m.status !== "cancelled") {
      paid.push({ id: data.id("erasmus-payment", `${m.id}/pre`), grantId: id, kind: "prefinancing", amountCents: prefinancing, paidOn: addDays(m.startDate, -14), reference: `VIR-${m.id.slice(0, 8)}-1`, idempotencyKey: `seed-${m.id}-pre`, recordedBy: "system" });
      paidCents += prefinancing;
      if (reportSubmitted && calc.totalCents > prefinancing) {
        paid.push({ id: data.id("erasmus-payment", `${m.id}/bal`), grantId: id, kind: "balance", amountCents: calc.totalCents - prefinancing, paidOn: addDays(m.endDate, 45), reference: `VIR-${m.id.slice(0, 8)}-2`, idempotencyKey: `seed-${m.id}-bal`, recordedBy: "system" });
        paidCents = calc.totalCents;
      }
    }
    rows.push({
      id,
      source: "student",
      mobilityId: m.id,
      projectId: projectOf(input.action, input.callYear),
      participantName: participantName(snapshot),
      participantRef: snapshot.student.studentNumber,
      department: snapshot.student.department,
      academicYear: snapshot.academicYear,
      countryCode: snapshot.hostCountry,
      hostName: snapshot.hostName,
      mobilityStatus: snapshot.status,
      snapshot,
      input,
      result: calc.result,
      problem: calc.problem,
      totalCents: calc.totalCents,
      paidCents,
      reportSubmitted,
    });
  }
  return { grants: rows, payments: paid };
}
