import { frenchGroupOf, type CefrLevel } from "@orbis/contracts/incoming";
import type { frenchTestRegistrations, frenchTestSessions } from "../db/schema/index";
import { cameOrComing, groupBy, type StudentInsert } from "./data";
import { addDays, at, seedId, unit } from "./ids";

export type SessionInsert = typeof frenchTestSessions.$inferInsert & { id: string; date: string; capacity: number };
export type RegistrationInsert = typeof frenchTestRegistrations.$inferInsert & { id: string; sessionId: string; studentId: string; level: string | null };

/** Share of the students who sit the placement test (the others are exempt: certified level, native speakers). */
const TESTED_SHARE = 0.55;
const CAPACITY = 45;
const ROOMS = ["Amphithéâtre 2", "Salle 3.08", "Salle 4.12", "Salle 5.02"];
/** Placement results, lowest first: most incoming students arrive between B1 and B2. */
const LEVELS: ReadonlyArray<[CefrLevel, number]> = [["A1", 0.1], ["A2", 0.15], ["B1", 0.3], ["B2", 0.28], ["C1", 0.13], ["C2", 0.04]];

function levelOf(studentId: string): CefrLevel {
  const x = unit("cefr", studentId);
  let cumulative = 0;
  for (const [level, share] of LEVELS) {
    cumulative += share;
    if (x < cumulative) return level;
  }
  return "C2";
}

/** The semester whose test a student sits: autumn and full-year stays in September, the others in February. */
const semesterOf = (s: StudentInsert) => (s.period === "autumn" || s.period === "full-year" || (s.period === "short" && s.plannedArrival.slice(5, 7) >= "08") ? 1 : 2);

/**
 * Placement test sittings at the start of each semester of the ten years, as many as the registrations need (never
 * above a room's capacity), and the registrations of about half the students who came or are enrolled. Sittings
 * before the reference date have their results (a few absent students have none).
 */
export function frenchTestRows(list: readonly StudentInsert[], today: string): { sessions: SessionInsert[]; registrations: RegistrationInsert[] } {
  const tested = list.filter((s) => cameOrComing(s) && unit("tested", s.id) < TESTED_SHARE);
  const years = [...new Set(list.map((s) => s.academicYear))].sort();
  const bySemester = groupBy(tested, (s) => `${s.academicYear}/${semesterOf(s)}`);
  const sessions: SessionInsert[] = [];
  const registrations: RegistrationInsert[] = [];
  for (const year of years) {
    for (const semester of [1, 2]) {
      const candidates = (bySemester.get(`${year}/${semester}`) ?? []).sort((a, b) => (a.id < b.id ? -1 : 1));
      const count = Math.max(1, Math.ceil(candidates.length / (CAPACITY - 5)));
      const first = semester === 1 ? `${year}-09-15` : `${year + 1}-02-05`;
      const held = Array.from({ length: count }, (_, i): SessionInsert => {
        const date = addDays(first, Math.floor(i / 2) * 2);
        const created = at(addDays(first, -45));
        return { id: seedId("french-test-session", year, semester, i), date, startTime: i % 2 ? "14:00" : "09:30", room: ROOMS[i % ROOMS.length]!, capacity: CAPACITY, createdAt: created, updatedAt: created };
      });
      sessions.push(...held);
      candidates.forEach((s, i) => {
        const session = held[i % count]!;
        const marked = session.date < today && unit("absent", s.id) >= 0.06;
        const level = marked ? levelOf(s.id) : null;
        const registered = at(addDays(session.date, -10 - Math.floor(unit("registered", s.id) * 10)));
        registrations.push({
          id: seedId("french-test-registration", session.id, s.id),
          sessionId: session.id,
          studentId: s.id,
          level,
          groupCode: level ? frenchGroupOf(level).code : null,
          createdAt: registered,
          updatedAt: marked ? at(addDays(session.date, 2)) : registered,
        });
      });
    }
  }
  return { sessions, registrations };
}
