import { OUTGOING_PROGRAMMES, STUDY_LEVELS, type CallEligibility, type OutgoingProgramme } from "@orbis/contracts/outgoing";
import type { calls } from "../db/schema/index";
import { yearOf, type DemoOutgoingData } from "./data";
import { seedId } from "./ids";

export type CallInsert = typeof calls.$inferInsert & { id: string; academicYear: number; programme: OutgoingProgramme; eligibility: CallEligibility; requiredDocuments: string[] };

const NAMES: Record<OutgoingProgramme, string> = {
  KA131: "Erasmus+ – études et stages en Europe (KA131)",
  KA171: "Erasmus+ – mobilité internationale de crédits (KA171)",
  BILATERAL: "Échanges universitaires bilatéraux",
  CUPA: "Programme CUPA (Chicago)",
  PQEE: "Programme d'échanges étudiants Québec (PQEE)",
  FLE_ASSISTANTS: "Assistants de langue française à l'étranger",
};

/** What each programme asks of its applicants (minimum grade average on /20, language certificate). */
const RULES: Record<OutgoingProgramme, Omit<CallEligibility, "levels">> = {
  KA131: { minGradeAverage: 10, languageCertificateRequired: false, minCefr: null },
  KA171: { minGradeAverage: 12, languageCertificateRequired: true, minCefr: "B2" },
  BILATERAL: { minGradeAverage: 12, languageCertificateRequired: true, minCefr: "B2" },
  CUPA: { minGradeAverage: 13, languageCertificateRequired: true, minCefr: "B2" },
  PQEE: { minGradeAverage: 12, languageCertificateRequired: false, minCefr: null },
  FLE_ASSISTANTS: { minGradeAverage: null, languageCertificateRequired: true, minCefr: "B1" },
};

export const TRANSCRIPT = "Relevé de notes";
const DOCUMENTS: Record<OutgoingProgramme, string[]> = {
  KA131: [TRANSCRIPT, "Lettre de motivation"],
  KA171: [TRANSCRIPT, "Lettre de motivation"],
  BILATERAL: [TRANSCRIPT, "Lettre de motivation"],
  CUPA: [TRANSCRIPT, "Lettre de motivation"],
  PQEE: [TRANSCRIPT, "Lettre de motivation"],
  FLE_ASSISTANTS: ["CV", "Lettre de motivation"],
};


export const callIdOf = (programme: string, year: number) => seedId("call", programme, year);

/**
 * One call per academic year and programme with mobilities (published: its allocation is done), and the open call of
 * the next academic year for every programme, whose destinations the office syncs from the agreements service.
 */
export function callRows(data: DemoOutgoingData): CallInsert[] {
  const years = new Map<OutgoingProgramme, Set<number>>();
  const levels = new Map<OutgoingProgramme, Set<string>>();
  for (const m of data.mobilities) {
    const programme = m.programme as OutgoingProgramme;
    if (!OUTGOING_PROGRAMMES.includes(programme)) continue;
    years.set(programme, (years.get(programme) ?? new Set()).add(yearOf(m.academicYear)));
    levels.set(programme, (levels.get(programme) ?? new Set()).add(m.level ?? data.students.get(m.studentId!)!.level));
  }
  const rows: CallInsert[] = [];
  for (const programme of OUTGOING_PROGRAMMES) {
    const seen = years.get(programme);
    if (!seen) continue;
    const eligibility = { levels: STUDY_LEVELS.filter((l) => levels.get(programme)!.has(l)), ...RULES[programme] };
    for (const year of [...[...seen].sort(), data.currentYear + 1]) {
      // Assistantships are recruited in the autumn before; the other calls run from November to early February.
      const [opensOn, closesOn] = programme === "FLE_ASSISTANTS" ? [`${year - 1}-10-01`, `${year - 1}-12-15`] : [`${year - 1}-11-02`, `${year}-02-05`];
      rows.push({
        id: callIdOf(programme, year),
        academicYear: year,
        programme,
        title: `Appel à candidatures ${year}-${year + 1} – ${NAMES[programme]}`,
        opensOn,
        closesOn,
        status: year > data.currentYear ? "open" : "published",
        eligibility,
        requiredDocuments: DOCUMENTS[programme],
      });
    }
  }
  return rows;
}
