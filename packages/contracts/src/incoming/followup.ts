import { z } from "zod";
import { Id, IsoDateTime, Version } from "../common";
import { DepartmentCode, IsoDate } from "./common";

export const RecordArrival = z.object({ version: Version, date: IsoDate });
export const RecordDeparture = z.object({ version: Version, date: IsoDate });

export const CERTIFICATE_KINDS = ["arrival", "attendance"] as const;
export const CertificateQuery = z.object({ lang: z.enum(["fr", "en"]).default("fr"), kind: z.enum(CERTIFICATE_KINDS).default("attendance") });

/** A private note on a difficulty: the incoming team and the host department's coordinator only. */
export const DifficultyNote = z.object({
  id: Id,
  studentId: Id,
  version: Version,
  text: z.string(),
  createdBy: z.string(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type DifficultyNote = z.infer<typeof DifficultyNote>;
export const DifficultyNoteList = z.object({ items: z.array(DifficultyNote) });
export const CreateDifficultyNote = z.object({ text: z.string().trim().min(1).max(5000) });
export const UpdateDifficultyNote = z.object({ version: Version, text: z.string().trim().min(1).max(5000) });
export const DeleteDifficultyNoteQuery = z.object({ version: z.coerce.number().int().min(1) });

const PresentStudent = z.object({
  id: Id,
  firstName: z.string(),
  lastName: z.string(),
  department: DepartmentCode,
  homeInstitutionName: z.string(),
  status: z.string(),
  arrival: IsoDate,
  departure: IsoDate,
});
export const PresenceDashboard = z.object({
  today: IsoDate,
  present: z.array(PresentStudent),
  arrivingSoon: z.array(PresentStudent),
  byDepartment: z.array(z.object({ department: DepartmentCode, present: z.number().int(), arriving: z.number().int() })),
});
export type PresenceDashboard = z.infer<typeof PresenceDashboard>;
