import { formatIsoDate } from "../core/dates";
import type { Random } from "../core/random";
import type { EqfLevel, Mobility, StudyLevel } from "../types";
import type { Outcome } from "./outcomes";
import { academicYearCode } from "./years";

export const EQF_OF_LEVEL: Record<StudyLevel, EqfLevel> = { L3: 6, M1: 7, M2: 7, PhD: 8 };

type Fields = Omit<Mobility, "academicYear" | "startDate" | "endDate" | "plannedEndDate" | "durationDays" | "durationMonths" | "status" | "ectsEarned">;

/**
 * Completes a mobility with its dates, durations, status and recognised credits. Properties are listed one by one:
 * spreading a large object is very slow in V8 and this runs for every mobility.
 */
export function assembleMobility(rng: Random, f: Fields, year: number, start: number, plannedEnd: number, outcome: Outcome): Mobility {
  const durationDays = outcome.end - start + 1;
  return {
    id: f.id,
    direction: f.direction,
    participantType: f.participantType,
    mobilityType: f.mobilityType,
    studentId: f.studentId,
    staffId: f.staffId,
    visitingStaff: f.visitingStaff,
    partnerId: f.partnerId,
    agreementId: f.agreementId,
    externalInstitution: f.externalInstitution,
    countryCode: f.countryCode,
    city: f.city,
    programme: f.programme,
    academicYear: academicYearCode(year),
    department: f.department,
    level: f.level,
    eqfLevel: f.eqfLevel,
    iscedCode: f.iscedCode,
    period: f.period,
    shortTerm: f.shortTerm,
    blended: f.blended,
    greenTravel: f.greenTravel,
    startDate: formatIsoDate(start),
    endDate: formatIsoDate(outcome.end),
    plannedEndDate: formatIsoDate(plannedEnd),
    durationDays,
    durationMonths: Math.round((durationDays / 30) * 100) / 100,
    status: outcome.status,
    ectsPlanned: f.ectsPlanned,
    ectsEarned: earnedCredits(rng, f.ectsPlanned, outcome, start, plannedEnd),
  };
}

function earnedCredits(rng: Random, planned: number | null, outcome: Outcome, start: number, plannedEnd: number): number | null {
  if (planned === null) return null;
  if (outcome.status === "completed") {
    const roll = rng.next();
    if (roll < 0.78) return planned;
    if (roll < 0.97) return Math.max(0, planned - rng.pick([3, 5, 6, 8, 10, 12]));
    return Math.round(planned / 2);
  }
  if (outcome.status === "interrupted") {
    // Courses were often completed online after an interruption, so credits exceed the share of time spent.
    const share = Math.min(1, (outcome.end - start) / Math.max(1, plannedEnd - start) + 0.3 * rng.next());
    return Math.round(planned * share);
  }
  return null;
}

/** Green travel top-up: from the 2021 call, for journeys within Europe, increasingly chosen. */
export function greenTravel(rng: Random, year: number, inEurope: boolean): boolean {
  return inEurope && year >= 2021 && rng.chance(Math.min(0.35, 0.1 + 0.04 * (year - 2021)));
}

/** Blended mobility (a virtual component), widespread during the pandemic. */
export function blended(rng: Random, year: number): boolean {
  return rng.chance(year === 2020 ? 0.45 : year === 2021 ? 0.12 : 0.03);
}

export function pickIsced(rng: Random, offered: readonly string[], department: readonly string[]): string {
  const shared = department.filter((code) => offered.includes(code));
  const choices = shared.length > 0 ? shared : department;
  return rng.chance(0.7) ? (choices[0] as string) : rng.pick(choices);
}
