import { z } from "zod";
import { Id, IsoDateTime } from "../common";
import { MissionStatus } from "./missions";

/**
 * The governance datasets analytics loads: GET /api/governance/exports/<dataset>, NDJSON (a header line, then one
 * row per line) or CSV. Pseudonymous: no names or emails. A changed meaning or a removed field bumps the version.
 */
export const GOVERNANCE_EXPORT_VERSION = 1;

export const MissionExportRow = z.object({
  id: Id,
  year: z.number().int(),
  department: z.string().nullable(),
  destinationCountry: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  status: MissionStatus,
  totalCents: z.number().int(),
  reimbursedCents: z.number().int().nullable(),
  updatedAt: IsoDateTime,
});

export const ScholarshipExportRow = z.object({
  id: Id,
  callId: Id,
  year: z.number().int(),
  nationality: z.string(),
  status: z.enum(["applied", "awarded", "not_awarded"]),
  awardedCents: z.number().int(),
  paidCents: z.number().int(),
  updatedAt: IsoDateTime,
});

/** Policy objectives' yearly targets (served once the objectives area is merged). */
export const ObjectiveExportRow = z.object({
  id: Id,
  indicatorKey: z.string(),
  year: z.number().int(),
  target: z.number(),
  updatedAt: IsoDateTime,
});

export const GOVERNANCE_EXPORTS = {
  missions: { contract: "governance.missions", fields: Object.keys(MissionExportRow.shape) },
  scholarships: { contract: "governance.scholarships", fields: Object.keys(ScholarshipExportRow.shape) },
  objectives: { contract: "governance.objectives", fields: Object.keys(ObjectiveExportRow.shape) },
} as const;
export type GovernanceDataset = keyof typeof GOVERNANCE_EXPORTS;

export const GovernanceExportQuery = z.object({
  /** Only rows changed at or after this instant (incremental loads). */
  since: IsoDateTime.optional(),
  format: z.enum(["ndjson", "csv"]).default("ndjson"),
});
