import type { Agreement as DemoAgreement, Mobility as DemoMobility, Student as DemoStudent } from "@orbis/demo-data";
import type { applications } from "../db/schema/index";
import { addDays } from "../domain/dates";
import type { CallInsert } from "./calls";
import { departmentOf, yearOf, type DemoOutgoingData } from "./data";
import { destinationOfMobility, type DestinationInsert } from "./destinations";
import { pick, round2, seedId, unit } from "./ids";
import { applicationIdOf } from "./mobilities";

export type ApplicationInsert = typeof applications.$inferInsert & { id: string; callId: string; department: string; level: string; studentNumber: string; choices: string[] };
export type Scores = { academic: number; motivation: number; language: number };

/** An application with what the seed knows of its fate: selected (the universe's mobility) or not. */
export interface SeedApplicant {
  row: ApplicationInsert;
  /** The mobility the application led to, with its destination (null for placements outside agreements). */
  mobility: DemoMobility | null;
  destinationId: string | null;
  /** Scores of the department's ranking; null when not ranked (withdrawn, ineligible, placed outside the allocation). */
  scores: Scores | null;
}

/** About this many applicants were not selected for each one who left. */
const UNSUCCESSFUL_SHARE = 0.3;
const WITHDRAWN_REASONS = ["Désistement avant la commission de sélection", "Projet de mobilité reporté", "Stage obtenu en France"];

function studentColumns(s: DemoStudent, department: string, level: string) {
  return {
    studentNumber: s.studentNumber,
    firstName: s.firstName,
    lastName: s.lastName,
    email: s.email,
    department,
    level,
    sex: s.sex,
    nationality: s.nationality,
    scholarshipHolder: s.scholarshipHolder,
    disability: s.disability,
    fewerOpportunities: s.fewerOpportunities,
  };
}

/** When the student applied: some day of the call period. */
function appliedAt(call: CallInsert, id: string): Date {
  const days = Math.round((Date.parse(call.closesOn) - Date.parse(call.opensOn)) / 86_400_000);
  return new Date(`${addDays(call.opensOn, Math.floor(unit("applied", id) * days))}T10:00:00Z`);
}

const CERTIFICATE_LEVELS = ["B2", "B2", "C1", "C1", "C2"];

/**
 * The applications of a published call: one per mobility of the call (the selected students), and about 30% more
 * from students of the same departments who did not leave that year: some withdrew, some fell below the call's
 * minimum grade, the others were ranked below the selected ones.
 */
export function applicantsOf(
  data: DemoOutgoingData,
  call: CallInsert,
  context: { selected: readonly DemoMobility[]; destinations: ReadonlyMap<string, DestinationInsert>; leftThatYear: ReadonlySet<string>; agreements: ReadonlyMap<string, DemoAgreement> },
): SeedApplicant[] {
  const { selected, destinations, leftThatYear, agreements } = context;
  const minimum = call.eligibility.minGradeAverage;
  const floor = Math.max(minimum ?? 10, 10);
  const result: SeedApplicant[] = [];
  const perDepartment = new Map<string, number>();
  for (const m of selected) {
    const student = data.students.get(m.studentId!)!;
    const department = departmentOf(m, data);
    perDepartment.set(department, (perDepartment.get(department) ?? 0) + 1);
    const id = applicationIdOf(m);
    const destinationId = destinationOfMobility(m, call.id, agreements);
    const language = data.countries.get(m.countryCode)?.languages[0] ?? "en";
    const grade = round2(floor + 1 + 5 * unit("grade", id));
    const at = appliedAt(call, id);
    result.push({
      row: {
        id,
        callId: call.id,
        ...studentColumns(student, department, m.level ?? student.level),
        gradeAverage: grade,
        languageCertificate: { language, cefr: pick(CERTIFICATE_LEVELS, "cefr", id) },
        choices: [],
        status: "submitted",
        createdAt: at,
        updatedAt: at,
      },
      mobility: m,
      destinationId: destinationId && destinations.has(destinationId) ? destinationId : null,
      scores: destinationId ? { academic: grade, motivation: round2(14 + 6 * unit("motivation", id)), language: round2(13 + 7 * unit("language", id)) } : null,
    });
  }
  for (const [department, count] of perDepartment) {
    const wanted = Math.round(count * UNSUCCESSFUL_SHARE);
    // The department's students in a fixed order, read from a point that depends on the call.
    const students = (data.studentsByDepartment.get(department) ?? []).filter((s) => !leftThatYear.has(s.id));
    const start = Math.floor(unit("applicants", call.id, department) * students.length);
    const pool = Array.from({ length: Math.min(wanted, students.length) }, (_, i) => students[(start + i) % students.length]!);
    for (const s of pool) {
      const id = seedId("application", call.id, s.id);
      const fate = unit("fate", id);
      const withdrawn = fate < 0.2 || (minimum === null && fate < 0.45);
      const belowMinimum = !withdrawn && minimum !== null && fate < 0.45;
      const grade = round2(belowMinimum ? minimum - 0.5 - 2 * unit("grade", id) : (minimum ?? 10) + 2.5 * unit("grade", id));
      const at = appliedAt(call, id);
      result.push({
        row: {
          id,
          callId: call.id,
          ...studentColumns(s, department, s.level),
          gradeAverage: grade,
          languageCertificate: call.eligibility.languageCertificateRequired || unit("certificate", id) < 0.6 ? { language: "en", cefr: "B2" } : null,
          choices: [],
          status: withdrawn ? "withdrawn" : "submitted",
          withdrawnReason: withdrawn ? pick(WITHDRAWN_REASONS, "withdrawn", id) : null,
          createdAt: at,
          updatedAt: at,
        },
        mobility: null,
        destinationId: null,
        scores: withdrawn || belowMinimum ? null : { academic: grade, motivation: round2(5 + 6 * unit("motivation", id)), language: round2(5 + 6 * unit("language", id)) },
      });
    }
  }
  return result;
}

/** Students who left in each academic year (they were selected, so they are not among the unsuccessful). */
export function leaversByYear(data: DemoOutgoingData): Map<number, Set<string>> {
  const years = new Map<number, Set<string>>();
  for (const m of data.mobilities) {
    const year = yearOf(m.academicYear);
    years.set(year, (years.get(year) ?? new Set()).add(m.studentId!));
  }
  return years;
}
