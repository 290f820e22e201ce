import type { Recognition, RecognitionComponentInput, RecognitionDecision } from "@orbis/contracts/outgoing";

/** One component as the editor holds it: text in every input until it is sent. */
export interface ComponentDraft {
  hostCode: string;
  hostTitle: string;
  grade: string;
  hostCredits: string;
  homeCourseCode: string;
  homeCourseTitle: string;
  recognisedCredits: string;
  decision: RecognitionDecision;
  decisionReason: string;
  overrideGrade: string;
  overrideReason: string;
}

export const emptyDraft = (): ComponentDraft => ({
  hostCode: "",
  hostTitle: "",
  grade: "",
  hostCredits: "",
  homeCourseCode: "",
  homeCourseTitle: "",
  recognisedCredits: "",
  decision: "full",
  decisionReason: "",
  overrideGrade: "",
  overrideReason: "",
});

export function draftsOf(recognition: Recognition | null): ComponentDraft[] {
  if (!recognition) return [emptyDraft()];
  return recognition.components.map((c) => ({
    hostCode: c.hostCode,
    hostTitle: c.hostTitle,
    grade: c.grade,
    hostCredits: String(c.hostCredits),
    homeCourseCode: c.homeCourseCode,
    homeCourseTitle: c.homeCourseTitle,
    recognisedCredits: String(c.recognisedCredits),
    decision: c.decision,
    decisionReason: c.decisionReason,
    overrideGrade: c.gradeOverride ? String(c.gradeOverride.grade) : "",
    overrideReason: c.gradeOverride?.reason ?? "",
  }));
}

/** Decimal numbers typed with a comma or a point; the service judges the values. */
const number = (text: string) => (text.trim() === "" ? Number.NaN : Number(text.replace(",", ".")));

export function componentOf(draft: ComponentDraft): RecognitionComponentInput {
  return {
    hostCode: draft.hostCode,
    hostTitle: draft.hostTitle,
    grade: draft.grade,
    hostCredits: number(draft.hostCredits),
    homeCourseCode: draft.homeCourseCode,
    homeCourseTitle: draft.homeCourseTitle,
    recognisedCredits: number(draft.recognisedCredits),
    decision: draft.decision,
    decisionReason: draft.decisionReason,
    gradeOverride: draft.overrideGrade.trim() ? { grade: number(draft.overrideGrade), reason: draft.overrideReason } : null,
  };
}
