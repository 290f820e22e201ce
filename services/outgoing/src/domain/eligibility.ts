import { Cefr, EQF_OF_LEVEL, type CallEligibility, type ApplicationEligibility, type StudyLevel } from "@orbis/contracts/outgoing";

const CEFR_ORDER = Cefr.options;

interface Applicant {
  level: string;
  gradeAverage: number;
  languageCertificate: { language: string; cefr: string } | null;
}

/** Whether an application meets the call's rules, with every reason it does not. */
export function eligibilityOf(rules: CallEligibility, applicant: Applicant, requiredDocuments: readonly string[], uploadedKinds: readonly string[]): ApplicationEligibility {
  const reasons: string[] = [];
  if (!rules.levels.includes(applicant.level as StudyLevel)) reasons.push(`Study level ${applicant.level} is not open in this call (${rules.levels.join(", ")})`);
  if (rules.minGradeAverage !== null && applicant.gradeAverage < rules.minGradeAverage) {
    reasons.push(`Grade average ${applicant.gradeAverage}/20 is below the minimum ${rules.minGradeAverage}/20`);
  }
  if (rules.languageCertificateRequired) {
    const certificate = applicant.languageCertificate;
    if (!certificate) reasons.push("A language certificate is required");
    else if (rules.minCefr && CEFR_ORDER.indexOf(certificate.cefr as Cefr) < CEFR_ORDER.indexOf(rules.minCefr)) {
      reasons.push(`Language certificate ${certificate.cefr} is below the required ${rules.minCefr}`);
    }
  }
  for (const label of requiredDocuments) if (!uploadedKinds.includes(label)) reasons.push(`Missing document: ${label}`);
  return { eligible: reasons.length === 0, reasons };
}

interface ChoosableDestination {
  id: string;
  eqfLevels: readonly number[];
  departments: readonly string[];
  partnerName: string;
}

/**
 * Choices must be destinations of the call open to the student's EQF level and department (an agreement without
 * departments serves them all). One message per choice at fault, at `body.choices.N`.
 */
export function choiceErrors(destinations: readonly ChoosableDestination[], student: { level: string; department: string }, choices: readonly string[]) {
  const byId = new Map(destinations.map((d) => [d.id, d]));
  const eqf = EQF_OF_LEVEL[student.level as StudyLevel];
  return choices.flatMap((id, i) => {
    const destination = byId.get(id);
    const path = `body.choices.${i}`;
    if (!destination) return [{ path, message: "Not a destination of this call" }];
    if (destination.eqfLevels.length > 0 && !destination.eqfLevels.includes(eqf)) {
      return [{ path, message: `${destination.partnerName} does not take EQF level ${eqf} (${student.level}) students` }];
    }
    if (destination.departments.length > 0 && !destination.departments.includes(student.department)) {
      return [{ path, message: `${destination.partnerName}'s agreement does not serve ${student.department}` }];
    }
    return [];
  });
}
