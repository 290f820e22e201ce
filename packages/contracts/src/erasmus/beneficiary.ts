import { z } from "zod";
import { Id } from "../common";

/** One row of the Beneficiary Module import: the fields of DOMAIN.md, one per mobility. */
export const BENEFICIARY_COLUMNS = [
  "mobilityId",
  "activityType",
  "longTerm",
  "blended",
  "participantId",
  "gender",
  "birthDate",
  "nationality",
  "fewerOpportunities",
  "recentGraduate",
  "iscedField",
  "eqfLevel",
  "sendingOrganisation",
  "sendingCountry",
  "sendingCity",
  "receivingOrganisation",
  "receivingCountry",
  "receivingCity",
  "distanceBand",
  "greenTravel",
  "startDate",
  "endDate",
  "interruptionDays",
  "fundedDays",
  "fundedMonths",
  "individualSupport",
  "fewerOpportunitiesTopUp",
  "traineeshipTopUp",
  "travelSupport",
  "greenTravelTopUp",
  "total",
] as const;

export const BeneficiaryCheck = z.object({
  projectId: Id,
  rows: z.number().int(),
  problems: z.array(z.object({ grantId: Id, participant: z.string(), issues: z.array(z.string()) })),
});
export type BeneficiaryCheck = z.infer<typeof BeneficiaryCheck>;
export const BeneficiaryExportQuery = z.object({ format: z.enum(["csv", "xlsx"]).default("csv") });
