import { z } from "zod";
import { Id, IsoDateTime } from "../common";
import { CallYear, CountryCode, IsoDate, ProjectAction } from "./common";
import { CooperationAction, CooperationStage } from "./cooperation";
import { StaffMobilityStatus, StaffMobilityType } from "./staff-mobilities";
import { ProjectStatus } from "./projects";

/**
 * The Erasmus+ analytics exports: pseudonymous (no names or emails). A change of meaning or a removed field bumps the
 * version; new fields may be added within a version.
 */
export const STAFF_MOBILITY_EXPORT_CONTRACT = "erasmus.staff-mobilities";
export const STAFF_MOBILITY_EXPORT_VERSION = 1;
export const StaffMobilityExportRow = z.object({
  id: Id,
  academicYear: z.number().int(),
  projectId: Id.nullable(),
  type: StaffMobilityType,
  staffCategory: z.enum(["academic", "administrative"]),
  sex: z.enum(["F", "M", "X"]),
  department: z.string().nullable(),
  fewerOpportunities: z.boolean(),
  hostCountry: CountryCode,
  partnerId: Id.nullable(),
  startDate: IsoDate,
  endDate: IsoDate,
  days: z.number().int(),
  travelDays: z.number().int(),
  distanceKm: z.number().int(),
  greenTravel: z.boolean(),
  teachingHours: z.number().int().nullable(),
  status: StaffMobilityStatus,
  updatedAt: IsoDateTime,
});
export type StaffMobilityExportRow = z.infer<typeof StaffMobilityExportRow>;
export const STAFF_MOBILITY_EXPORT_FIELDS = Object.keys(StaffMobilityExportRow.shape) as Array<keyof StaffMobilityExportRow>;

/** Mobility projects (KA131, KA171) and cooperation projects (KA2) in one dataset, told apart by `kind`. */
export const PROJECT_EXPORT_CONTRACT = "erasmus.projects";
export const PROJECT_EXPORT_VERSION = 1;
export const ProjectExportRow = z.object({
  id: Id,
  kind: z.enum(["mobility", "cooperation"]),
  action: z.union([ProjectAction, CooperationAction]),
  callYear: CallYear,
  status: z.union([ProjectStatus, CooperationStage]),
  startDate: IsoDate.nullable(),
  endDate: IsoDate.nullable(),
  /** Mobility projects: the grant agreement's total; cooperation projects: the university's share. */
  budgetCents: z.number().int(),
  /** Cooperation projects: the amount granted to the consortium once accepted. */
  grantedCents: z.number().int().nullable(),
  partnerCountries: z.array(CountryCode),
  updatedAt: IsoDateTime,
});
export type ProjectExportRow = z.infer<typeof ProjectExportRow>;
export const PROJECT_EXPORT_FIELDS = Object.keys(ProjectExportRow.shape) as Array<keyof ProjectExportRow>;

export const ErasmusExportQuery = z.object({
  since: IsoDateTime.optional(),
  format: z.enum(["ndjson", "csv"]).default("ndjson"),
});

/** Participants' grants (students and staff), pseudonymous: the mobility id stands for the person. */
export const GRANT_EXPORT_CONTRACT = "erasmus.grants";
export const GRANT_EXPORT_VERSION = 1;
export const GrantExportRow = z.object({
  id: Id,
  source: z.string(),
  mobilityId: Id,
  projectId: Id.nullable(),
  academicYear: z.number().int(),
  department: z.string().nullable(),
  countryCode: CountryCode,
  mobilityStatus: z.string(),
  /** The engine's destination group and days; null when the grant could not be computed (see `problem`). */
  destinationGroup: z.string().nullable(),
  fundedDays: z.number().int().nullable(),
  individualSupportCents: z.number().int(),
  fewerOpportunitiesCents: z.number().int(),
  traineeshipCents: z.number().int(),
  travelCents: z.number().int(),
  greenTopUpCents: z.number().int(),
  totalCents: z.number().int(),
  paidCents: z.number().int(),
  reportSubmitted: z.boolean(),
  problem: z.string().nullable(),
  updatedAt: IsoDateTime,
});
export type GrantExportRow = z.infer<typeof GrantExportRow>;
export const GRANT_EXPORT_FIELDS = Object.keys(GrantExportRow.shape) as Array<keyof GrantExportRow>;

/** Payments to participants (pre-financing, balance...), by grant. */
export const PAYMENT_EXPORT_CONTRACT = "erasmus.payments";
export const PAYMENT_EXPORT_VERSION = 1;
export const PaymentExportRow = z.object({
  id: Id,
  grantId: Id,
  kind: z.string(),
  amountCents: z.number().int(),
  paidOn: IsoDate,
  recordedAt: IsoDateTime,
});
export type PaymentExportRow = z.infer<typeof PaymentExportRow>;
export const PAYMENT_EXPORT_FIELDS = Object.keys(PaymentExportRow.shape) as Array<keyof PaymentExportRow>;
