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
export const IsoDate = z.string().refine((v) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}, "Expected a real date as YYYY-MM-DD.");

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

/** Paging of every governance list. */
export const Paging = {
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
};

/** An optional filter given in the query string as text. */
export const QueryText = z.string().trim().min(1).max(200).optional();

/** Every list answers one page and the total. */
export function pageOf<T extends z.ZodTypeAny>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int().min(0) });
}

/** A record's edit body: any of its fields (no defaults applied), plus the version the editor saw. */
export function editOf<T extends z.ZodRawShape>(create: z.ZodObject<T>) {
  return create.partial().extend(VersionBody.shape);
}

/** An amount in euro cents. */
export const Cents = z.number().int().min(0).max(1_000_000_000);

/** Uploaded files attached to a record (commission meeting, network meeting, label criterion...). */
export const DOCUMENT_OWNERS = ["meeting", "network-meeting", "network", "label", "membership", "delegation"] as const;
export const DocumentOwner = z.enum(DOCUMENT_OWNERS);
export type DocumentOwner = z.infer<typeof DocumentOwner>;
export const MAX_GOVERNANCE_DOCUMENT_BYTES = 10 * 1024 * 1024;

export const GovernanceDocument = z.object({
  id: z.string().uuid(),
  ownerType: DocumentOwner,
  ownerId: z.string().uuid(),
  title: z.string(),
  filename: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedBy: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type GovernanceDocument = z.infer<typeof GovernanceDocument>;
export const GovernanceDocumentQuery = z.object({ ownerType: DocumentOwner, ownerId: z.string().uuid(), ...Paging });
