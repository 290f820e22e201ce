import { ectsGradeOf, GRADE_SCALE, type EctsGrade } from "@orbis/contracts/incoming";

/** What a grade implies: passed at 10 and above, with the course's credits; the ECTS grade from the fixed table. */
export function gradeOutcome(grade: number, credits: number): { result: "passed" | "failed"; ectsObtained: number; ectsGrade: EctsGrade } {
  const passed = grade >= GRADE_SCALE.passMark;
  return { result: passed ? "passed" : "failed", ectsObtained: passed ? credits : 0, ectsGrade: ectsGradeOf(grade) };
}
