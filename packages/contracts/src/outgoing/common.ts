import { z } from "zod";
import { AcademicYearStart, CountryCode, EqfLevel, IscedCode, MobilityType } from "../agreements";
import { DepartmentCode } from "../identity";

export { AcademicYearStart, CountryCode, EqfLevel, IscedCode, MobilityType, DepartmentCode };

/** The programmes the outgoing team sends students under (free movers come in only: incoming pole). */
export const OUTGOING_PROGRAMMES = ["KA131", "KA171", "BILATERAL", "CUPA", "PQEE", "FLE_ASSISTANTS"] as const;
export const OutgoingProgramme = z.enum(OUTGOING_PROGRAMMES);
export type OutgoingProgramme = z.infer<typeof OutgoingProgramme>;

/** Erasmus+ programmes: their mobilities are read by the Erasmus+ service for grants. */
export const ERASMUS_PROGRAMMES: readonly OutgoingProgramme[] = ["KA131", "KA171"];

/** French study levels at the time of the mobility; each maps to an EQF level. */
export const STUDY_LEVELS = ["L1", "L2", "L3", "M1", "M2", "PhD"] as const;
export const StudyLevel = z.enum(STUDY_LEVELS);
export type StudyLevel = z.infer<typeof StudyLevel>;
export const EQF_OF_LEVEL: Record<StudyLevel, 6 | 7 | 8> = { L1: 6, L2: 6, L3: 6, M1: 7, M2: 7, PhD: 8 };

/** F female, M male, X other or undisclosed (as the EU Beneficiary Module). */
export const Sex = z.enum(["F", "M", "X"]);
export type Sex = z.infer<typeof Sex>;

export const Cefr = z.enum(["A1", "A2", "B1", "B2", "C1", "C2"]);
export type Cefr = z.infer<typeof Cefr>;
export const LanguageCode = z.string().regex(/^[a-z]{2}$/, "ISO 639-1 language code, e.g. en");

/** ISO calendar date "YYYY-MM-DD" that exists in the calendar. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Date as YYYY-MM-DD")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), "Not a calendar date");

/** A French student number as the application platform exports it. */
export const StudentNumber = z.string().trim().regex(/^[0-9A-Za-z]{6,12}$/, "Student number: 6 to 12 letters or digits");

/** The student as the outgoing pole records them: only what the mobility and its reporting need (GDPR). */
export const StudentIdentity = z.object({
  studentNumber: StudentNumber,
  firstName: z.string().trim().min(1).max(100),
  lastName: z.string().trim().min(1).max(100),
  email: z.string().trim().toLowerCase().email().max(254),
  department: DepartmentCode,
  level: StudyLevel,
  sex: Sex,
  nationality: CountryCode,
  /** Boursier sur critères sociaux (CROUS). */
  scholarshipHolder: z.boolean().default(false),
  disability: z.boolean().default(false),
  /** Erasmus+ fewer-opportunities participant (inclusion top-up). */
  fewerOpportunities: z.boolean().default(false),
});
export type StudentIdentity = z.infer<typeof StudentIdentity>;

export const MOBILITY_STATUSES = ["planned", "in-progress", "completed", "cancelled", "interrupted"] as const;
export const MobilityStatus = z.enum(MOBILITY_STATUSES);
export type MobilityStatus = z.infer<typeof MobilityStatus>;
