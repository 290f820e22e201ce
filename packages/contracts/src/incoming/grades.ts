import { z } from "zod";
import { Id, Version } from "../common";
import type { EctsGrade } from "./learning-agreements";

/**
 * The institution's grading scale: the French scale 0 to 20 in quarter points (12.25 is a grade, 12.3 is not);
 * 10 and above passes and earns the course's ECTS credits.
 */
export const GRADE_SCALE = { min: 0, max: 20, step: 0.25, passMark: 10 } as const;

export const FrenchGrade = z
  .number({ error: "A number from 0 to 20" })
  .min(GRADE_SCALE.min, "From 0 to 20")
  .max(GRADE_SCALE.max, "From 0 to 20")
  .refine((g) => Number.isInteger(g / GRADE_SCALE.step), "In quarter points (e.g. 12.25)");

/**
 * ECTS grade of a French grade, a fixed correspondence table (the one French universities commonly print on
 * transcripts): 16-20 A, 14-15.75 B, 12-13.75 C, 11-11.75 D, 10-10.75 E, below 10 F.
 */
export const ECTS_GRADE_TABLE: ReadonlyArray<{ from: number; grade: EctsGrade }> = [
  { from: 16, grade: "A" },
  { from: 14, grade: "B" },
  { from: 12, grade: "C" },
  { from: 11, grade: "D" },
  { from: 10, grade: "E" },
  { from: 0, grade: "F" },
];

export function ectsGradeOf(grade: number): EctsGrade {
  return ECTS_GRADE_TABLE.find((row) => grade >= row.from)!.grade;
}

/** Grades of one course, all or nothing; each row carries the enrolment version the page showed. */
export const GradeEntry = z.object({
  grades: z.array(z.object({ studentId: Id, grade: FrenchGrade, version: Version })).min(1).max(500),
});
export type GradeEntry = z.infer<typeof GradeEntry>;
