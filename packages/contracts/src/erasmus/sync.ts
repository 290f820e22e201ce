import { z } from "zod";
import { Id, IsoDateTime } from "../common";

export const SyncRequest = z.object({ academicYear: z.number().int().min(2000).max(2100).optional() });
export type SyncRequest = z.infer<typeof SyncRequest>;

export const SyncRun = z.object({
  id: Id,
  at: IsoDateTime,
  by: z.string(),
  academicYear: z.number().int().nullable(),
  fetched: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  changes: z.array(
    z.object({
      grantId: Id,
      participant: z.string(),
      changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
      totalBefore: z.number().int(),
      totalAfter: z.number().int(),
    }),
  ),
});
export type SyncRun = z.infer<typeof SyncRun>;
/** The last synchronisation, or null before the first. */
export const LastSync = z.object({ run: SyncRun.nullable() });
