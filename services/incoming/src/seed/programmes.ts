import type { AttendanceMark, CefrLevel } from "@orbis/contracts/incoming";
import type { attendance, classSessions, cohortCourses, cohorts, participants, programmes } from "../db/schema/index";
import { cameOrComing, firstDayOf, lastDayOf, type StudentInsert } from "./data";
import type { RegistrationInsert } from "./french-tests";
import { addDays, at, seedId, unit } from "./ids";

export type ProgrammeInsert = typeof programmes.$inferInsert & { id: string };
export type CohortInsert = typeof cohorts.$inferInsert & { id: string; capacity: number };
export type ParticipantInsert = typeof participants.$inferInsert & { id: string; cohortId: string; studentId: string; feeDueCents: number; feePaidCents: number; feeWaivedCents: number };
export type CohortCourseInsert = typeof cohortCourses.$inferInsert & { id: string };
export type ClassSessionInsert = typeof classSessions.$inferInsert & { id: string };
export type AttendanceInsert = typeof attendance.$inferInsert;

interface ProgrammeSeed {
  code: string;
  name: string;
  kind: "fle-semester" | "du-passerelle" | "partner-institute";
  /** Cohort dates from the academic year's first year. */
  dates: (year: number) => { startDate: string; endDate: string };
  feeCents: number;
  courses: ReadonlyArray<[title: string, hours: number]>;
  /** Who joins, from the year's students who came or are coming (and their placement level when tested). */
  joins: (s: StudentInsert, level: CefrLevel | undefined) => boolean;
}

const PROGRAMMES: readonly ProgrammeSeed[] = [
  {
    code: "FLE-SEM",
    name: "Semestre de français langue étrangère",
    kind: "fle-semester",
    dates: (y) => ({ startDate: `${y}-09-22`, endDate: `${y}-12-19` }),
    feeCents: 120_000,
    courses: [["Grammaire et expression écrite", 40], ["Compréhension et expression orales", 30], ["Civilisation française contemporaine", 20]],
    joins: (s, level) => (s.period === "autumn" || s.period === "full-year") && (level === "A1" || level === "A2" || level === "B1") && unit("fle", s.id) < 0.7,
  },
  {
    code: "DU-PASSERELLE",
    name: "DU passerelle : études supérieures en français",
    kind: "du-passerelle",
    dates: (y) => ({ startDate: `${y}-09-15`, endDate: `${y + 1}-05-29` }),
    feeCents: 240_000,
    courses: [["Français sur objectifs universitaires", 60], ["Méthodologie universitaire en français", 30]],
    joins: (s) => s.kind === "free-mover" && s.period === "full-year" && unit("du", s.id) < 0.6,
  },
  {
    code: "PQEE-INSTITUT",
    name: "Programme de l'institut partenaire (Québec) : semestre d'études à Paris",
    kind: "partner-institute",
    dates: (y) => ({ startDate: `${y}-09-01`, endDate: `${y + 1}-06-30` }),
    feeCents: 35_000,
    courses: [["Atelier interculturel", 20], ["Culture et société françaises", 24]],
    joins: (s) => s.programme === "PQEE",
  },
];

const SESSIONS_PER_COURSE = 8;
const MARKS: ReadonlyArray<[AttendanceMark, number]> = [["present", 0.86], ["absent", 0.09], ["excused", 0.05]];
const markOf = (x: number): AttendanceMark => (x < MARKS[0]![1] ? "present" : x < MARKS[0]![1] + MARKS[1]![1] ? "absent" : "excused");

/**
 * The three programmes with a cohort each academic year: its participants (the students the programme is for that
 * year), their fees (exchange students' waived; past cohorts paid, this year's partly), the cohort's courses, weekly
 * classes up to the reference date and attendance marks for the participants present in Paris that day.
 */
export function programmeRows(list: readonly StudentInsert[], tests: readonly RegistrationInsert[], today: string) {
  const levelOf = new Map(tests.filter((t) => t.level).map((t) => [t.studentId, t.level as CefrLevel]));
  const years = [...new Set(list.map((s) => s.academicYear))].sort();
  const created = at("2017-06-01");
  const programmeList = PROGRAMMES.map((p): ProgrammeInsert => ({ id: seedId("programme", p.code), code: p.code, name: p.name, kind: p.kind, createdAt: created, updatedAt: created }));
  const cohortList: CohortInsert[] = [];
  const participantList: ParticipantInsert[] = [];
  const courseList: CohortCourseInsert[] = [];
  const sessionList: ClassSessionInsert[] = [];
  const marks: AttendanceInsert[] = [];
  PROGRAMMES.forEach((p, pi) => {
    for (const year of years) {
      const { startDate, endDate } = p.dates(year);
      const members = list.filter((s) => s.academicYear === year && cameOrComing(s) && p.joins(s, levelOf.get(s.id)));
      const cohortId = seedId("cohort", p.code, year);
      const opened = at(addDays(startDate, -120));
      cohortList.push({ id: cohortId, programmeId: programmeList[pi]!.id, academicYear: year, startDate, endDate, capacity: Math.max(15, Math.ceil(members.length * 1.2)), feeCents: p.feeCents, createdAt: opened, updatedAt: opened });
      const cohortParticipants = members.map((s): ParticipantInsert => {
        const waived = s.kind === "exchange" ? p.feeCents : 0;
        const owed = p.feeCents - waived;
        const share = endDate < today ? 1 : [1, 1, 1, 0.5, 0][Math.floor(unit("fee-paid", p.code, s.id) * 5)]!;
        return { id: seedId("participant", cohortId, s.id), cohortId, studentId: s.id, feeDueCents: p.feeCents, feePaidCents: Math.round(owed * share), feeWaivedCents: waived, createdAt: opened, updatedAt: opened };
      });
      participantList.push(...cohortParticipants);
      p.courses.forEach(([title, hours], ci) => {
        const courseId = seedId("cohort-course", cohortId, ci);
        courseList.push({ id: courseId, cohortId, title, hours, createdAt: opened, updatedAt: opened });
        for (let k = 0; k < SESSIONS_PER_COURSE; k++) {
          const date = addDays(startDate, ci + k * 7);
          if (date >= today || date > endDate) break;
          const sessionId = seedId("class-session", courseId, k);
          sessionList.push({ id: sessionId, courseId, date, createdAt: at(date), updatedAt: at(date) });
          for (const [i, member] of cohortParticipants.entries()) {
            const s = members[i]!;
            if (firstDayOf(s) > date || lastDayOf(s) < date) continue;
            marks.push({ sessionId, participantId: member.id, mark: markOf(unit("attendance", sessionId, member.id)) });
          }
        }
      });
    }
  });
  return { programmes: programmeList, cohorts: cohortList, participants: participantList, cohortCourses: courseList, classSessions: sessionList, attendance: marks };
}
