import type { Db } from "@orbis/db";
import {
  admissionDecisions,
  allocations,
  attendance,
  classSessions,
  cohortCourses,
  cohorts,
  courses,
  difficultyNotes,
  frenchTestRegistrations,
  frenchTestSessions,
  housingRequests,
  participants,
  programmes,
  registrationSteps,
  residences,
  rooms,
  studentCourses,
  studentNumbers,
  students,
  transcripts,
} from "../db/schema/index";
import { studentCourseRows, transcriptRows } from "./academic";
import { decisionRows } from "./admission";
import { catalogueRows } from "./catalogue";
import { demoIncomingData, type DemoIncomingData } from "./data";
import { frenchTestRows } from "./french-tests";
import { noteRows } from "./followup";
import { housingRows, residenceRows } from "./housing";
import { programmeRows } from "./programmes";
import { stepRows, studentNumberRows } from "./registration";
import { studentRow } from "./students";
import { insertSeeded, type SeedTarget } from "./write";

export { demoIncomingData, type DemoIncomingData } from "./data";
export { studentRow } from "./students";

export type SeedCounts = Record<
  | "students"
  | "admissionDecisions"
  | "registrationSteps"
  | "studentNumbers"
  | "difficultyNotes"
  | "courses"
  | "studentCourses"
  | "transcripts"
  | "frenchTestSessions"
  | "frenchTestRegistrations"
  | "residences"
  | "rooms"
  | "housingRequests"
  | "allocations"
  | "programmes"
  | "cohorts"
  | "participants"
  | "cohortCourses"
  | "classSessions"
  | "attendance",
  number
>;

/** Everything the seed writes, computed in memory from the universe (pure: the same data gives the same rows). */
export function demoRows(data: DemoIncomingData) {
  const today = data.referenceDate;
  const studentList = data.mobilities.map((m) => studentRow(m, data));
  const mobilities = new Map(data.mobilities.map((m) => [m.id, m]));
  const catalogue = catalogueRows([...new Set(studentList.map((s) => s.department))].sort());
  const lines = studentCourseRows(studentList, catalogue, mobilities);
  const tests = frenchTestRows(studentList, today);
  const housing = residenceRows(data.scale);
  return {
    students: studentList,
    decisions: decisionRows(studentList),
    steps: stepRows(studentList, today),
    numbers: studentNumberRows(studentList),
    notes: noteRows(studentList, mobilities, today),
    courses: catalogue,
    studentCourses: lines,
    transcripts: transcriptRows(studentList, lines, catalogue, today),
    ...tests,
    ...housing,
    ...housingRows(studentList, housing.rooms, data.currentYear, today),
    ...programmeRows(studentList, tests.registrations, today),
  };
}

const id = ["id"] as const;

/**
 * Seeds ten academic years of the incoming pole from the demo universe: the stays, admission decisions, enrolment
 * checklists and student numbers, difficulty notes, the course catalogue with each student's approved courses, grades
 * and transcripts, French placement tests, residences with their allocations and waiting list, and the programmes'
 * cohorts with participants, fees and attendance. Idempotent: every row has a key derived from the universe's ids
 * and what exists is left untouched, so a restart neither duplicates nor resets what users changed. One "seed"
 * audit row per entity created (per checklist for registration steps, per class for attendance marks).
 * `timings` receives milliseconds per area.
 */
export async function seedDemo(db: Db, data: DemoIncomingData = demoIncomingData(), timings: Record<string, number> = {}): Promise<SeedCounts> {
  const started = performance.now();
  const rows = demoRows(data);
  timings.rows = Math.round(performance.now() - started);
  return db.transaction(async (tx) => {
    const timed = async <T extends Parameters<typeof insertSeeded>[1]["table"]>(area: string, target: SeedTarget<T>, list: ReadonlyArray<T["$inferInsert"]>) => {
      const begun = performance.now();
      const created = await insertSeeded(tx, target, list);
      timings[area] = (timings[area] ?? 0) + Math.round(performance.now() - begun);
      return created;
    };
    return {
      students: await timed("students", { table: students, entity: "student", key: id }, rows.students),
      admissionDecisions: await timed("admission", { table: admissionDecisions, entity: "admission_decision", key: ["studentId"] }, rows.decisions),
      registrationSteps: await timed("admission", { table: registrationSteps, entity: "registration_checklist", key: ["studentId", "step"], auditAs: (r) => r.studentId }, rows.steps),
      studentNumbers: await timed("admission", { table: studentNumbers, entity: "student_number", key: ["studentNumber"] }, rows.numbers),
      difficultyNotes: await timed("followup", { table: difficultyNotes, entity: "difficulty_note", key: id }, rows.notes),
      courses: await timed("academic", { table: courses, entity: "course", key: id }, rows.courses),
      studentCourses: await timed("academic", { table: studentCourses, entity: "student-course", key: id }, rows.studentCourses),
      transcripts: await timed("academic", { table: transcripts, entity: "transcript", key: id, chunk: 300 }, rows.transcripts),
      frenchTestSessions: await timed("frenchTests", { table: frenchTestSessions, entity: "french_test_session", key: id }, rows.sessions),
      frenchTestRegistrations: await timed("frenchTests", { table: frenchTestRegistrations, entity: "french_test_registration", key: id }, rows.registrations),
      residences: await timed("housing", { table: residences, entity: "residence", key: id }, rows.residences),
      rooms: await timed("housing", { table: rooms, entity: "room", key: id }, rows.rooms),
      housingRequests: await timed("housing", { table: housingRequests, entity: "housing_request", key: id }, rows.requests),
      allocations: await timed("housing", { table: allocations, entity: "allocation", key: id }, rows.allocations),
      programmes: await timed("programmes", { table: programmes, entity: "programme", key: id }, rows.programmes),
      cohorts: await timed("programmes", { table: cohorts, entity: "cohort", key: id }, rows.cohorts),
      participants: await timed("programmes", { table: participants, entity: "participant", key: id }, rows.participants),
      cohortCourses: await timed("programmes", { table: cohortCourses, entity: "cohort_course", key: id }, rows.cohortCourses),
      classSessions: await timed("programmes", { table: classSessions, entity: "class_session", key: id }, rows.classSessions),
      attendance: await timed("programmes", { table: attendance, entity: "attendance", key: ["sessionId", "participantId"], auditAs: (r) => r.sessionId, chunk: 2000 }, rows.attendance),
    };
  });
}
