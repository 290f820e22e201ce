import { z } from "zod";
import { AuditRecord } from "@orbis/contracts/common";
import { Agreement, AgreementDocument, AgreementSummary, Availability } from "@orbis/contracts/agreements";

/** Lists the contracts leave open: the service may answer a bare array or a page; both read as an array. */
export function listOf<T extends z.ZodTypeAny>(item: T) {
  return z.union([z.array(item), z.object({ items: z.array(item) }).transform((page) => page.items)]);
}

export const AgreementList = listOf(AgreementSummary);
export const HistoryList = listOf(AuditRecord);
export const DocumentList = listOf(AgreementDocument);
export const AvailabilityList = listOf(Availability);
export { Agreement };

/** POST /import/partners|agreements answer. */
export const ImportReport = z.object({
  rows: z.number().int(),
  valid: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), path: z.string(), message: z.string() })),
  written: z.number().int(),
});
export type ImportReport = z.infer<typeof ImportReport>;

/** POST /ewp/import answer. */
export const EwpImportReport = z.object({
  partnersCreated: z.number().int(),
  partnersUpdated: z.number().int(),
  agreementsCreated: z.number().int(),
  agreementsUpdated: z.number().int(),
  ignored: z.array(z.string()),
});
export type EwpImportReport = z.infer<typeof EwpImportReport>;

/** GET /agreements/{id}/diff answer: what changed since the previous version. */
export const AgreementDiff = z.object({
  previousId: z.string().nullable(),
  changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
});
export type AgreementDiff = z.infer<typeof AgreementDiff>;
