import { z } from "zod";
import { Id, IsoDateTime, Version, pageOf, patchOf } from "../common";
import { Cefr, DepartmentCode, LanguageCode, StudentIdentity, StudyLevel } from "./common";

export const APPLICATION_STATUSES = ["submitted", "withdrawn"] as const;
export const ApplicationStatus = z.enum(APPLICATION_STATUSES);

export const LanguageCertificate = z.object({ language: LanguageCode, cefr: Cefr });
export const MAX_CHOICES = 3;

const ApplicationFields = StudentIdentity.extend({
  /** Grade average on /20. */
  gradeAverage: z.number().min(0, "Between 0 and 20").max(20, "Between 0 and 20"),
  languageCertificate: LanguageCertificate.nullable().default(null),
  /** Destination ids of the call, best first. */
  choices: z
    .array(Id)
    .max(MAX_CHOICES, `At most ${MAX_CHOICES} choices`)
    .refine((ids) => new Set(ids).size === ids.length, "The same destination is chosen twice")
    .default([]),
});
export const CreateApplication = ApplicationFields;
export type CreateApplication = z.input<typeof CreateApplication>;
export const UpdateApplication = patchOf(ApplicationFields.shape).extend({ version: Version });
export type UpdateApplication = z.input<typeof UpdateApplication>;
export const WithdrawApplication = z.object({ version: Version, reason: z.string().trim().min(1).max(1000) });

export const ApplicationEligibility = z.object({ eligible: z.boolean(), reasons: z.array(z.string()) });
export type ApplicationEligibility = z.infer<typeof ApplicationEligibility>;

export const Application = ApplicationFields.extend({
  id: Id,
  callId: Id,
  status: ApplicationStatus,
  withdrawnReason: z.string().nullable(),
  eligibility: ApplicationEligibility,
  /** Kinds (labels of the call's required documents) already uploaded. */
  documentKinds: z.array(z.string()),
  version: Version,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Application = z.infer<typeof Application>;
export const ApplicationPage = pageOf(Application);
export const ApplicationQuery = z.object({
  q: z.string().trim().max(100).optional(),
  department: DepartmentCode.optional(),
  level: StudyLevel.optional(),
  status: ApplicationStatus.optional(),
  eligible: z.enum(["true", "false"]).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export const ApplicationDocument = z.object({
  id: Id,
  applicationId: Id,
  kind: z.string(),
  filename: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedBy: z.string(),
  uploadedAt: IsoDateTime,
});
export const ApplicationDocumentList = z.object({ items: z.array(ApplicationDocument) });
export const MAX_APPLICATION_DOCUMENT_BYTES = 10 * 1024 * 1024;

export const ImportMode = z.enum(["preview", "all", "valid-only"]);
export const ApplicationImportQuery = z.object({ mode: ImportMode.default("preview") });
export const ImportRowError = z.object({ row: z.number().int(), path: z.string(), message: z.string() });
export const ApplicationImportResult = z.object({
  rows: z.number().int(),
  valid: z.number().int(),
  errors: z.array(ImportRowError),
  written: z.number().int(),
  /** The rows read (valid or not), for the preview table. */
  preview: z.array(z.object({ row: z.number().int(), studentNumber: z.string(), name: z.string(), department: z.string(), choices: z.array(z.string()) })),
});
export type ApplicationImportResult = z.infer<typeof ApplicationImportResult>;
