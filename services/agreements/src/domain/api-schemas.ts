import { z } from "zod";
import { Id } from "@orbis/contracts/common";
import * as contracts from "@orbis/contracts/agreements";

export const IdParams = z.object({ id: Id });
export const AgreementDiff = z.object({
  previousId: Id.nullable(),
  changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
});
export const RenewAgreement = z
  .object({ version: z.number().int().min(1), startYear: contracts.AcademicYearStart, endYear: contracts.AcademicYearStart })
  .refine((b) => b.endYear >= b.startYear, { message: "The last academic year cannot come before the first", path: ["endYear"] });
export const ExpiringQuery = z.object({
  horizonMonths: z.coerce.number().int().min(0).max(120).default(12),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export const HistoryQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export const AvailabilityYearQuery = z.object({ year: z.coerce.number().int().min(1990).max(2100) });
export const AvailabilitySearch = AvailabilityYearQuery.extend({
  partnerId: Id.optional(),
  direction: contracts.Direction.optional(),
  eqf: z.coerce.number().int().min(5).max(8).optional(),
  isced: contracts.IscedCode.optional(),
});
export const DocumentKindQuery = z.object({ kind: z.enum(contracts.DOCUMENT_KINDS).default("other") });
export const DocumentList = z.array(contracts.AgreementDocument);
export const AvailabilityList = z.array(contracts.Availability);
export const ImportModeQuery = z.object({ mode: z.enum(["preview", "all", "valid-only"]).default("preview") });
export const ImportResult = z.object({
  rows: z.number().int(),
  valid: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), path: z.string(), message: z.string() })),
  written: z.number().int(),
});
export const EwpImportReport = z.object({
  partnersCreated: z.number().int(),
  partnersUpdated: z.number().int(),
  agreementsCreated: z.number().int(),
  agreementsUpdated: z.number().int(),
  ignored: z.array(z.string()),
});
