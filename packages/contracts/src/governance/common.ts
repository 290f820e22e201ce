import { z } from "zod";

/** Governance records carry their version for optimistic concurrency. */
export const Versioned = z.object({
  version: z.number().int().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** The version the editor saw, required on every change. */
export const VersionBody = z.object({ version: z.number().int().min(1) });

/** A calendar date, YYYY-MM-DD. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Expected a date as YYYY-MM-DD.").refine((v) => !Number.isNaN(Date.parse(v)), "Not a real date.");

/** A year of the policy (calendar or academic year start), bounded to what makes sense for a plan. */
export const PolicyYear = z.number().int().min(2000).max(2100);

/** Short free texts and long ones. */
export const Label = z.string().trim().min(1).max(200);
export const LongText = z.string().trim().max(5000);

/** Counts per area on the governance home page (each area adds its key). */
export const GovernanceOverview = z.object({
  counts: z.record(z.string(), z.number().int().min(0)),
  /** Items needing attention (overdue actions, labels to renew...), per area. */
  alerts: z.record(z.string(), z.number().int().min(0)),
});
export type GovernanceOverview = z.infer<typeof GovernanceOverview>;
