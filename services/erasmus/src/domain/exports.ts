import { ERASMUS_READERS, type ProjectExportRow, type StaffMobilityExportRow } from "@orbis/contracts/erasmus";
import type { cooperationProjects } from "../db/schema/index";
import type { ProjectRow } from "./projects";
import { budgetOf, budgetTotal } from "./projects";
import type { StaffMobilityRow } from "./staff-mobilities";
import { staffMobilityDays } from "@orbis/contracts/erasmus";

/** The Erasmus+ readers and the analytics service read the versioned exports. */
export const EXPORT = { roles: [...ERASMUS_READERS, "analytics"] as const };

/** Pseudonymous: the mobility's id stands for the person (no name or email). */
export function toStaffMobilityExportRow(row: StaffMobilityRow): StaffMobilityExportRow {
  return {
    id: row.id,
    academicYear: row.academicYear,
    projectId: row.projectId,
    type: row.type as StaffMobilityExportRow["type"],
    staffCategory: row.staffCategory as StaffMobilityExportRow["staffCategory"],
    sex: row.sex as StaffMobilityExportRow["sex"],
    department: row.department,
    fewerOpportunities: row.fewerOpportunities,
    hostCountry: row.hostCountry,
    partnerId: row.hostPartnerId,
    startDate: row.startDate,
    endDate: row.endDate,
    days: staffMobilityDays(row.startDate, row.endDate),
    travelDays: row.travelDays,
    distanceKm: row.distanceKm,
    greenTravel: row.greenTravel,
    teachingHours: row.teachingHours,
    status: row.status as StaffMobilityExportRow["status"],
    updatedAt: row.updatedAt.toISOString(),
  };
}

export type AnyProjectRow = { kind: "mobility"; row: ProjectRow } | { kind: "cooperation"; row: typeof cooperationProjects.$inferSelect };

export function toProjectExportRow(project: AnyProjectRow): ProjectExportRow {
  if (project.kind === "mobility") {
    const row = project.row;
    return {
      id: row.id,
      kind: "mobility",
      action: row.action as ProjectExportRow["action"],
      callYear: row.callYear,
      status: row.status as ProjectExportRow["status"],
      startDate: row.startDate,
      endDate: row.endDate,
      budgetCents: budgetTotal(budgetOf(row)),
      grantedCents: null,
      partnerCountries: row.partnerCountries,
      updatedAt: row.updatedAt.toISOString(),
    };
  }
  const row = project.row;
  return {
    id: row.id,
    kind: "cooperation",
    action: row.action as ProjectExportRow["action"],
    callYear: row.callYear,
    status: row.stage as ProjectExportRow["status"],
    startDate: row.startDate,
    endDate: row.endDate,
    budgetCents: row.shareCents,
    grantedCents: row.grantedCents,
    partnerCountries: [...new Set(row.partners.map((p) => p.countryCode))].sort(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
