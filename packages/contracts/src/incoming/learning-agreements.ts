import { z } from "zod";
import { Id, IsoDateTime, Version } from "../common";
import { IsoDate } from "./common";
import { Course } from "./courses";

/** A course in an incoming student's learning agreement: proposed, then approved or rejected by the course's department. */
export const STUDENT_COURSE_STATUSES = ["proposed", "approved", "rejected"] as const;
export const StudentCourseStatus = z.enum(STUDENT_COURSE_STATUSES);
export type StudentCourseStatus = z.infer<typeof StudentCourseStatus>;

/** ECTS grades derived from the French grade (see GRADE_SCALE). */
export const ECTS_GRADES = ["A", "B", "C", "D", "E", "F"] as const;
export const EctsGrade = z.enum(ECTS_GRADES);
export type EctsGrade = z.infer<typeof EctsGrade>;

const Reason = z.string().trim().min(1).max(500);

export const StudentCourse = z.object({
  id: Id,
  version: Version,
  studentId: Id,
  course: Course.pick({ id: true, code: true, titleFr: true, titleEn: true, titleEs: true, department: true, semester: true, credits: true }),
  status: StudentCourseStatus,
  decisionComment: z.string().nullable(),
  decidedBy: z.string().nullable(),
  /** Removed courses stay listed (with the date and reason) so the agreement's history is readable. */
  removedOn: IsoDate.nullable(),
  removalReason: z.string().nullable(),
  /** French scale 0-20 in quarter points; null until graded. */
  grade: z.number().nullable(),
  result: z.enum(["passed", "failed"]).nullable(),
  ectsObtained: z.number().nullable(),
  ectsGrade: EctsGrade.nullable(),
  gradedBy: z.string().nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type StudentCourse = z.infer<typeof StudentCourse>;

/** A change to the agreement once made: a course added or removed, with its date and reason. */
export const StudentCourseChange = z.object({
  id: Id,
  studentCourseId: Id,
  courseCode: z.string(),
  change: z.enum(["added", "removed"]),
  on: IsoDate,
  /** True when the student had already arrived: a change during the stay. */
  duringStay: z.boolean(),
  reason: z.string().nullable(),
  actor: z.string(),
});
export type StudentCourseChange = z.infer<typeof StudentCourseChange>;

export const LearningAgreement = z.object({ courses: z.array(StudentCourse), changes: z.array(StudentCourseChange) });
export type LearningAgreement = z.infer<typeof LearningAgreement>;

export const AddStudentCourse = z.object({ courseId: Id, reason: Reason.optional() });
export type AddStudentCourse = z.infer<typeof AddStudentCourse>;

export const RemoveStudentCourse = z.object({ version: Version, reason: Reason });
export type RemoveStudentCourse = z.infer<typeof RemoveStudentCourse>;

export const DecideStudentCourse = z
  .object({ version: Version, decision: z.enum(["approved", "rejected"]), comment: z.string().trim().max(500).optional() })
  .superRefine((value, ctx) => {
    if (value.decision === "rejected" && !value.comment) ctx.addIssue({ code: "custom", path: ["comment"], message: "A rejection needs a comment for the student." });
  });
export type DecideStudentCourse = z.infer<typeof DecideStudentCourse>;

/** An approved, not removed, course and its student, as the grade entry page lists them. */
export const CourseEnrolment = z.object({
  studentCourseId: Id,
  version: Version,
  studentId: Id,
  firstName: z.string(),
  lastName: z.string(),
  grade: z.number().nullable(),
  result: z.enum(["passed", "failed"]).nullable(),
  ectsObtained: z.number().nullable(),
  ectsGrade: EctsGrade.nullable(),
});
export type CourseEnrolment = z.infer<typeof CourseEnrolment>;
