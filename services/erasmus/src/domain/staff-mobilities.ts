import {
  CreateStaffMobility,
  STAFF_MOBILITY_STEPS,
  staffMobilityDays,
  type DistanceBand,
  type ProjectAction,
  type StaffGrantInput,
  type StaffMobility,
  type StaffMobilityStatus,
  type StaffMobilityStep,
  type UpdateStaffMobility,
} from "@orbis/contracts/erasmus";
import { findOr404, HttpProblem, zodFieldErrors } from "@orbis/service-kit";
import type { Db } from "@orbis/db";
import { staffMobilities } from "../db/schema/index";
import { academicYearOf } from "./dates";

export type StaffMobilityRow = typeof staffMobilities.$inferSelect;
type StaffMobilityInsert = typeof staffMobilities.$inferInsert;

export function toStaffMobility(row: StaffMobilityRow): StaffMobility {
  return {
    id: row.id,
    academicYear: row.academicYear,
    projectId: row.projectId,
    type: row.type as StaffMobility["type"],
    participant: {
      staffId: row.staffId,
      firstName: row.firstName,
      lastName: row.lastName,
      email: row.email,
      sex: row.sex as StaffMobility["participant"]["sex"],
      category: row.staffCategory as StaffMobility["participant"]["category"],
      department: row.department,
      fewerOpportunities: row.fewerOpportunities,
    },
    host: { partnerId: row.hostPartnerId, name: row.hostName, erasmusCode: row.hostErasmusCode, countryCode: row.hostCountry, city: row.hostCity },
    startDate: row.startDate,
    endDate: row.endDate,
    days: staffMobilityDays(row.startDate, row.endDate),
    travelDays: row.travelDays,
    distanceKm: row.distanceKm,
    greenTravel: row.greenTravel,
    teachingHours: row.teachingHours,
    programme: row.programme,
    status: row.status as StaffMobilityStatus,
    selectionScore: row.selectionScore,
    decisionComment: row.decisionComment,
    decidedOn: row.decidedOn,
    agreementSignedOn: row.agreementSignedOn,
    reportSubmittedOn: row.reportSubmittedOn,
    report: row.report,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

type StaffMobilityInput = ReturnType<typeof CreateStaffMobility.parse>;

/** The table's columns for a (validated) application. */
export function staffMobilityColumns(input: StaffMobilityInput): Omit<StaffMobilityInsert, "id"> {
  const { participant: p, host } = input;
  return {
    academicYear: academicYearOf(input.startDate),
    projectId: input.projectId,
    type: input.type,
    staffId: p.staffId,
    firstName: p.firstName,
    lastName: p.lastName,
    email: p.email,
    sex: p.sex,
    staffCategory: p.category,
    department: p.department,
    fewerOpportunities: p.fewerOpportunities,
    hostPartnerId: host.partnerId,
    hostName: host.name,
    hostErasmusCode: host.erasmusCode,
    hostCountry: host.countryCode,
    hostCity: host.city,
    startDate: input.startDate,
    endDate: input.endDate,
    travelDays: input.travelDays,
    distanceKm: input.distanceKm,
    greenTravel: input.greenTravel,
    teachingHours: input.type === "teaching" ? input.teachingHours : null,
    programme: input.programme,
  };
}

/**
 * An edit applied to the record, checked as a whole (an edit of the dates alone must still respect the type's rules).
 * Field errors name the body's fields.
 */
export function mergedStaffMobility(current: StaffMobilityRow, changes: Omit<UpdateStaffMobility, "version">): StaffMobilityInput {
  const before = toStaffMobility(current);
  const merged = {
    projectId: before.projectId,
    type: before.type,
    participant: before.participant,
    host: before.host,
    startDate: before.startDate,
    endDate: before.endDate,
    travelDays: before.travelDays,
    distanceKm: before.distanceKm,
    greenTravel: before.greenTravel,
    teachingHours: before.teachingHours,
    programme: before.programme,
    ...changes,
  };
  const result = CreateStaffMobility.safeParse(merged);
  if (!result.success) throw new HttpProblem("validation", "Some fields are invalid.", { errors: zodFieldErrors(result.error.issues, "body") });
  return result.data;
}

export const loadStaffMobility = (db: Db, id: string) => findOr404(db, staffMobilities, id, "staff mobility");

/** Only applications and selected mobilities not yet under agreement may be edited freely. */
export function assertEditable(row: StaffMobilityRow) {
  if (row.status === "rejected" || row.status === "reported" || row.status === "cancelled")
    throw new HttpProblem("conflict", `A ${row.status} staff mobility can no longer be edited.`);
}

/** The columns a workflow step writes, or a 409 when the status does not allow it. */
export function applyStep(row: StaffMobilityRow, step: StaffMobilityStep): Partial<StaffMobilityRow> {
  const allowed = STAFF_MOBILITY_STEPS[row.status as StaffMobilityStatus];
  if (!allowed.includes(step.step)) throw new HttpProblem("conflict", `A staff mobility that is ${row.status} cannot take the step "${step.step}".`);
  switch (step.step) {
    case "select":
      return { status: "selected", selectionScore: step.score, decisionComment: step.comment || null, decidedOn: step.on };
    case "reject":
      return { status: "rejected", decisionComment: step.comment, decidedOn: step.on };
    case "sign-agreement":
      return { status: "agreed", agreementSignedOn: step.on };
    case "report":
      if (step.on < row.endDate)
        throw new HttpProblem("validation", "The report comes after the mobility.", { errors: [{ path: "body.on", message: `The mobility ends on ${row.endDate}.` }] });
      return { status: "reported", reportSubmittedOn: step.on, report: step.report };
    case "cancel":
      return { status: "cancelled", decisionComment: step.comment };
  }
}

/** The EU distance band of a distance (none under 10 km). */
export function distanceBandOf(km: number): DistanceBand | null {
  const bands: Array<[number, DistanceBand]> = [[8000, "8000+"], [4000, "4000-7999"], [3000, "3000-3999"], [2000, "2000-2999"], [500, "500-1999"], [100, "100-499"], [10, "10-99"]];
  return bands.find(([from]) => km >= from)?.[1] ?? null;
}

/** What the grant engine reads from the staff mobility, funded by a project of that action and call year. */
export function staffGrantInput(m: StaffMobility, project: { action: ProjectAction; callYear: number }): StaffGrantInput {
  return {
    kind: "staff",
    action: project.action,
    callYear: project.callYear,
    activity: m.type,
    start: m.startDate,
    end: m.endDate,
    countryCode: m.host.countryCode,
    fewerOpportunities: m.participant.fewerOpportunities,
    distanceBand: distanceBandOf(m.distanceKm),
    greenTravel: m.greenTravel,
    travelDays: m.travelDays,
    interruptions: [],
    zeroGrantPeriods: [],
  };
}
