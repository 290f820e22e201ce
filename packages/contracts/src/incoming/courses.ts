import { z } from "zod";
import { Id, IsoDateTime, Version, pageOf } from "../common";
import { DepartmentCode, IscedCode, StudyLevel } from "./common";

/** When a course is taught: first or second semester, or over the whole year. */
export const COURSE_SEMESTERS = ["S1", "S2", "year"] as const;
export const CourseSemester = z.enum(COURSE_SEMESTERS);
export type CourseSemester = z.infer<typeof CourseSemester>;

const Title = z.string().trim().min(1).max(200);
/** ECTS credits: positive, in half credits (a course without credits cannot appear in a transcript). */
export const EctsCredits = z.number().positive().max(60).multipleOf(0.5);

/** A course a department offers to incoming students. Titles in French and English; Spanish optional (falls back to English). */
export const CourseInput = z.object({
  code: z.string().trim().toUpperCase().regex(/^[A-Z0-9][A-Z0-9_.-]{1,19}$/, "2-20 letters, digits, . _ -"),
  titleFr: Title,
  titleEn: Title,
  titleEs: Title.nullable().default(null),
  department: DepartmentCode,
  semester: CourseSemester,
  credits: EctsCredits,
  iscedCode: IscedCode,
  level: StudyLevel,
});
export type CourseInput = z.infer<typeof CourseInput>;

export const CourseUpdate = CourseInput.omit({ code: true, department: true }).partial().extend({ version: Version });
export type CourseUpdate = z.infer<typeof CourseUpdate>;

export const Course = CourseInput.extend({ id: Id, version: Version, createdAt: IsoDateTime, updatedAt: IsoDateTime });
export type Course = z.infer<typeof Course>;
export const CoursePage = pageOf(Course);

export const CourseQuery = z.object({
  department: DepartmentCode.optional(),
  semester: CourseSemester.optional(),
  /** Matches the code and the titles. */
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type CourseQuery = z.infer<typeof CourseQuery>;

/** A course title in a language: Spanish falls back to English. */
export function courseTitle(course: Pick<Course, "titleFr" | "titleEn" | "titleEs">, lang: "fr" | "en" | "es"): string {
  if (lang === "fr") return course.titleFr;
  if (lang === "es") return course.titleEs ?? course.titleEn;
  return course.titleEn;
}
