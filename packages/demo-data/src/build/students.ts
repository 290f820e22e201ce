import { dayNumber, formatIsoDate } from "../core/dates";
import type { Random } from "../core/random";
import type { CountrySeed } from "../data/countries";
import type { NameCulture } from "../data/names";
import type { Direction, Sex, Student, StudyLevel } from "../types";
import { EmailRegistry, personName } from "./people";

const STUDENT_DOMAIN = "etu.orbis.test";

/** Names of French outgoing students with a family background elsewhere (relative weights). */
const HERITAGE_CULTURES: readonly [NameCulture, number][] = [
  ["ar", 9], ["zh", 3], ["vi", 2], ["pt", 2], ["es", 2], ["it", 1], ["pl", 1], ["wo", 1.5], ["tr", 1], ["ru", 1], ["ko", 0.5], ["hy", 0.5],
];

/** Typical age at the start of a mobility, and years since first enrolment. */
const LEVEL_PROFILE: Record<StudyLevel, { minAge: number; maxAge: number; yearsEnrolled: number }> = {
  L3: { minAge: 19, maxAge: 22, yearsEnrolled: 2 },
  M1: { minAge: 21, maxAge: 24, yearsEnrolled: 3 },
  M2: { minAge: 22, maxAge: 26, yearsEnrolled: 4 },
  PhD: { minAge: 25, maxAge: 33, yearsEnrolled: 6 },
};

export interface StudentRequest {
  direction: Direction;
  department: string;
  level: StudyLevel;
  /** First calendar year of the academic year of the first mobility. */
  year: number;
  nationality: CountrySeed;
}

export class StudentFactory {
  private sequence = 0;
  private readonly emails = new EmailRegistry();
  readonly students: Student[] = [];

  constructor(
    private readonly id: (kind: string, name: string) => string,
    private readonly firstYear: number,
  ) {}

  create(rng: Random, request: StudentRequest): Student {
    const { direction, department, level, year, nationality } = request;
    const culture: NameCulture =
      nationality.code === "FR" ? (rng.chance(0.78) ? "fr" : rng.weighted(HERITAGE_CULTURES, ([, w]) => w)[0]) : nationality.culture;
    const roll = rng.next();
    const sex: Sex = roll < 0.005 ? "X" : roll < (direction === "outgoing" ? 0.68 : 0.62) ? "F" : "M";
    const { firstName, lastName } = personName(rng, culture, sex);

    const profile = LEVEL_PROFILE[level];
    // Returning adults are common in language studies.
    const age = rng.int(profile.minAge, profile.maxAge) + (rng.chance(0.06) ? rng.int(5, 25) : 0);
    const birthDate = formatIsoDate(dayNumber(year - age, 9, 1) - rng.int(0, 364));

    this.sequence += rng.int(1, 9);
    const enrolmentYear = direction === "outgoing" ? year - profile.yearsEnrolled : year;
    const studentNumber = `${String(enrolmentYear % 100).padStart(2, "0")}${String(this.sequence).padStart(6, "0")}`;

    // Fewer opportunities: French social-criteria scholarship holders and students with a disability (national
    // criteria), plus other obstacles recorded by the home institution; the share grows with inclusion policies.
    const trend = year - this.firstYear;
    const disability = rng.chance(direction === "outgoing" ? 0.03 : 0.025);
    const scholarshipHolder = direction === "outgoing" && rng.chance(0.095 + 0.007 * trend);
    const otherObstacles = rng.chance(direction === "outgoing" ? 0.01 : 0.1 + 0.005 * trend);

    const student: Student = {
      id: this.id("student", studentNumber),
      studentNumber,
      firstName,
      lastName,
      email: this.emails.next(firstName, lastName, STUDENT_DOMAIN),
      sex,
      birthDate,
      nationality: nationality.code,
      department,
      level,
      direction,
      scholarshipHolder,
      disability,
      fewerOpportunities: scholarshipHolder || disability || otherObstacles,
    };
    this.students.push(student);
    return student;
  }
}
