import type { CourseSemester, TranscriptLine } from "@orbis/contracts/incoming";
import type { Mobility as DemoMobility } from "@orbis/demo-data";
import type { studentCourses, transcripts } from "../db/schema/index";
import { gradeOutcome } from "../domain/grades";
import type { CourseInsert } from "./catalogue";
import { cameOrComing, coordinatorOf, groupBy, OFFICE, type StudentInsert } from "./data";
import { addDays, at, earliest, pick, seedId, unit } from "./ids";

export type StudentCourseInsert = typeof studentCourses.$inferInsert & { id: string; studentId: string; grade?: number | null };
export type TranscriptInsert = typeof transcripts.$inferInsert & { id: string; lines: TranscriptLine[] };

/** Semesters a stay covers. A short stay follows one course of the semester it falls in. */
function semestersOf(s: StudentInsert): CourseSemester[] {
  if (s.period === "autumn") return ["S1"];
  if (s.period === "spring") return ["S2"];
  if (s.period === "full-year") return ["S1", "S2", "year"];
  return [Number(s.plannedArrival.slice(5, 7)) >= 8 ? "S1" : "S2"];
}

const DEFAULT_CREDITS: Record<string, number> = { autumn: 30, spring: 30, "full-year": 60, short: 5 };

/** Master's courses (research seminar, dissertation) are for master's students; the dissertation for the second year. */
const fits = (course: CourseInsert, level: string) => (course.level === "M2" ? level === "M2" : course.level === "M1" ? level.startsWith("M") : true);

/** The courses of the agreement: the department's offer for the stay's semesters, drawn up to the planned credits. */
function chosenCourses(s: StudentInsert, offer: readonly CourseInsert[], target: number): CourseInsert[] {
  const semesters = semestersOf(s);
  const open = offer
    .filter((c) => semesters.includes(c.semester) && fits(c, s.level!))
    .map((c) => ({ c, order: unit("order", s.id, c.code) }))
    .sort((a, b) => a.order - b.order)
    .map(({ c }) => c);
  const chosen: CourseInsert[] = [];
  let credits = 0;
  for (const course of open) {
    if (credits + course.credits > target && chosen.length) continue;
    chosen.push(course);
    credits += course.credits;
    if (credits >= target) break;
  }
  return chosen;
}

/** A grade in quarter points: passing ones cluster around 13, failing ones between 5 and 9.75. */
function gradeOf(passed: boolean, ...parts: Array<string | number>): number {
  const x = (unit("grade-a", ...parts) + unit("grade-b", ...parts)) / 2;
  return passed ? 10 + Math.round(x * 9.75 * 4) / 4 : 5 + Math.round(x * 4.75 * 4) / 4;
}

/**
 * Approved courses for every student who came or is enrolled, and grades for the departed ones only: the share of
 * courses failed follows the credits the universe says were earned (interrupted stays fail more).
 */
export function studentCourseRows(list: readonly StudentInsert[], catalogue: readonly CourseInsert[], mobilities: ReadonlyMap<string, DemoMobility>): StudentCourseInsert[] {
  const offerOf = groupBy(catalogue, (c) => c.department);
  return list.flatMap((s) => {
    if (!cameOrComing(s)) return [];
    const m = mobilities.get(s.id);
    const planned = m?.ectsPlanned ?? DEFAULT_CREDITS[s.period]!;
    const failShare = m?.ectsEarned != null && planned > 0 ? Math.max(0, 1 - m.ectsEarned / planned) : 0.05;
    const approved = at(addDays(s.plannedArrival, -20 - Math.floor(unit("la-day", s.id) * 20)));
    return chosenCourses(s, offerOf.get(s.department) ?? [], planned).map((course): StudentCourseInsert => {
      const base = { id: seedId("student-course", s.id, course.code), studentId: s.id, courseId: course.id, status: "approved", decidedBy: coordinatorOf(s.department), createdAt: approved };
      if (s.status !== "departed") return { ...base, updatedAt: approved };
      const grade = gradeOf(unit("fails", s.id, course.code) >= failShare, s.id, course.code);
      const graded = at(addDays(s.actualDeparture!, 3 + Math.floor(unit("graded", s.id) * 10)));
      return { ...base, grade, ...gradeOutcome(grade, course.credits), gradedBy: coordinatorOf(s.department), updatedAt: graded };
    });
  });
}

const REISSUE_REASONS = [
  "Correction d'une note après délibération du jury",
  "Erreur de saisie d'une note signalée par l'enseignant",
  "Note révisée après consultation de copie",
];
const REISSUED_SHARE = 0.06;

/** A course line as the transcript copies it (the same fields and order as the issuing route's gradedLines). */
function lineOf(course: CourseInsert, grade: number): TranscriptLine {
  return {
    code: course.code,
    titleFr: course.titleFr,
    titleEn: course.titleEn,
    titleEs: course.titleEs ?? null,
    semester: course.semester,
    iscedCode: course.iscedCode,
    credits: course.credits,
    grade,
    ...gradeOutcome(grade, course.credits),
  };
}

const bySemesterAndCode = (a: TranscriptLine, b: TranscriptLine) => (a.semester === b.semester ? (a.code < b.code ? -1 : 1) : a.semester < b.semester ? -1 : 1);

/**
 * Transcripts issued by the office a few weeks after each departure (up to the reference date), version 1 from the
 * graded courses; a few were reissued as version 2 after a grade correction, version 1 keeping the grade as it
 * first stood.
 */
export function transcriptRows(list: readonly StudentInsert[], lines: readonly StudentCourseInsert[], catalogue: readonly CourseInsert[], today: string): TranscriptInsert[] {
  const courseById = new Map(catalogue.map((c) => [c.id, c]));
  const courseByCode = new Map(catalogue.map((c) => [c.code, c]));
  const linesOf = groupBy(lines, (l) => l.studentId);
  return list.flatMap((s): TranscriptInsert[] => {
    if (s.status !== "departed") return [];
    const graded = (linesOf.get(s.id) ?? []).filter((l) => l.grade != null);
    const issuedOn = addDays(s.actualDeparture!, 15 + Math.floor(unit("transcript-day", s.id) * 30));
    if (!graded.length || issuedOn > today) return [];
    const final = graded.map((l) => lineOf(courseById.get(l.courseId)!, l.grade!)).sort(bySemesterAndCode);
    const reissuedOn = addDays(issuedOn, 10 + Math.floor(unit("reissue-day", s.id) * 30));
    const first = { id: seedId("transcript", s.id, 1), studentId: s.id, version: 1, reason: null, issuedAt: at(issuedOn), issuedBy: OFFICE };
    if (unit("reissued", s.id) >= REISSUED_SHARE || reissuedOn > today) return [{ ...first, lines: final }];
    const corrected = Math.floor(unit("corrected-line", s.id) * final.length);
    const before = final.map((l, i) => (i === corrected ? lineOf(courseByCode.get(l.code)!, Math.max(0, l.grade - 2)) : l));
    return [
      { ...first, lines: before },
      { id: seedId("transcript", s.id, 2), studentId: s.id, version: 2, reason: pick(REISSUE_REASONS, "reissue-reason", s.id), issuedAt: at(earliest(reissuedOn, today)), issuedBy: OFFICE, lines: final },
    ];
  });
}
