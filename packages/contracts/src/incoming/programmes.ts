import { z } from "zod";
import { Id, IsoDateTime, Version } from "../common";
import { AcademicYearStart, IsoDate } from "./common";
import { StudentRef } from "./life-common";

const Cents = z.number().int().min(0).max(100_000_000);

/** French-as-a-foreign-language semester, bridging diploma (DU passerelle), a partner institute's own programme. */
export const PROGRAMME_KINDS = ["fle-semester", "du-passerelle", "partner-institute"] as const;
export const ProgrammeKind = z.enum(PROGRAMME_KINDS);

export const ProgrammeInput = z.object({
  code: z.string().trim().regex(/^[A-Z0-9-]{2,20}$/, "Code: 2 to 20 capitals, digits or dashes"),
  name: z.string().trim().min(1).max(200),
  kind: ProgrammeKind,
});
export type ProgrammeInput = z.infer<typeof ProgrammeInput>;
export const ProgrammeUpdate = ProgrammeInput.extend({ version: Version });
export type ProgrammeUpdate = z.infer<typeof ProgrammeUpdate>;
export const Programme = ProgrammeInput.extend({ id: Id, version: Version, createdAt: IsoDateTime, updatedAt: IsoDateTime });
export type Programme = z.infer<typeof Programme>;
export const ProgrammeList = z.array(Programme);

export const CohortInput = z.object({
  academicYear: AcademicYearStart,
  startDate: IsoDate,
  endDate: IsoDate,
  capacity: z.number().int().min(1).max(1000),
  feeCents: Cents,
});
export type CohortInput = z.infer<typeof CohortInput>;
export const CohortUpdate = CohortInput.extend({ version: Version });
export type CohortUpdate = z.infer<typeof CohortUpdate>;
export const Cohort = CohortInput.extend({ id: Id, version: Version, programmeId: Id, participants: z.number().int().min(0) });
export type Cohort = z.infer<typeof Cohort>;
export const ProgrammeDetail = Programme.extend({ cohorts: z.array(Cohort) });
export type ProgrammeDetail = z.infer<typeof ProgrammeDetail>;

export const ATTENDANCE_MARKS = ["present", "absent", "excused"] as const;
export const AttendanceMark = z.enum(ATTENDANCE_MARKS);
export type AttendanceMark = z.infer<typeof AttendanceMark>;

export const Participant = StudentRef.extend({
  id: Id,
  version: Version,
  cohortId: Id,
  feeDueCents: Cents,
  feePaidCents: Cents,
  feeWaivedCents: Cents,
  /** Due minus paid minus waived. */
  feeBalanceCents: z.number().int(),
  /** Present / (present + absent); excused sessions do not count; null before any mark. */
  attendanceRate: z.number().min(0).max(1).nullable(),
});
export type Participant = z.infer<typeof Participant>;

export const FeeUpdate = z.object({ version: Version, feePaidCents: Cents, feeWaivedCents: Cents });
export type FeeUpdate = z.infer<typeof FeeUpdate>;

export const CohortCourseInput = z.object({ title: z.string().trim().min(1).max(200), hours: z.number().int().min(1).max(1000) });
export type CohortCourseInput = z.infer<typeof CohortCourseInput>;
export const CohortCourse = CohortCourseInput.extend({ id: Id, version: Version, cohortId: Id });
export type CohortCourse = z.infer<typeof CohortCourse>;

export const ClassSessionInput = z.object({ date: IsoDate });
export const ClassSession = z.object({
  id: Id,
  version: Version,
  courseId: Id,
  date: IsoDate,
  /** participantId -> mark, only the marks taken. */
  marks: z.record(Id, AttendanceMark),
});
export type ClassSession = z.infer<typeof ClassSession>;

export const AttendanceInput = z.object({
  version: Version,
  marks: z.array(z.object({ participantId: Id, mark: AttendanceMark })).min(1).max(1000),
});
export type AttendanceInput = z.infer<typeof AttendanceInput>;

/** A cohort page: its participants (coordinators see only their departments' students), courses, sessions with marks. */
export const CohortDetail = Cohort.extend({
  programme: Programme,
  participantList: z.array(Participant),
  courses: z.array(CohortCourse),
  sessions: z.array(ClassSession),
});
export type CohortDetail = z.infer<typeof CohortDetail>;
