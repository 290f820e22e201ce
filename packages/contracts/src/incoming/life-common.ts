import { z } from "zod";
import { Id } from "../common";
import { DepartmentCode } from "./common";

/** Who a registration, housing request or programme place belongs to, as lists show them. */
export const StudentRef = z.object({
  studentId: Id,
  firstName: z.string(),
  lastName: z.string(),
  department: DepartmentCode,
});
export type StudentRef = z.infer<typeof StudentRef>;

/** Body naming the incoming student a registration, request or participation is for. */
export const StudentChoice = z.object({ studentId: Id });
export type StudentChoice = z.infer<typeof StudentChoice>;

/** Only the version the client saw (cancellations, withdrawals). */
export const VersionOnly = z.object({ version: z.number().int().min(1) });
export type VersionOnly = z.infer<typeof VersionOnly>;

/** Language of a printed document. */
export const DocumentLanguageQuery = z.object({ lang: z.enum(["fr", "en"]).default("fr") });
export type DocumentLanguageQuery = z.infer<typeof DocumentLanguageQuery>;
