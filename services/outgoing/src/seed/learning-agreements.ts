import type { ComponentRecognized, ComponentStudied, Signature } from "@orbis/contracts/outgoing";
import type { Mobility as DemoMobility } from "@orbis/demo-data";
import type { laRevisions } from "../db/schema/index";
import { addDays } from "../domain/dates";
import { dueDateOf } from "../domain/followup";
import { departmentOf, type DemoOutgoingData } from "./data";
import { learningAgreementSigned } from "./followup";
import { pick, seedId, unit } from "./ids";

export type LaInsert = typeof laRevisions.$inferInsert & { id: string; mobilityId: string };

const COURSES: ReadonlyArray<readonly [host: string, home: string]> = [
  ["Advanced language practice", "Pratique avancée de la langue"],
  ["Contemporary literature", "Littérature contemporaine"],
  ["History of the region", "Histoire de l'aire culturelle"],
  ["Linguistics", "Linguistique"],
  ["Translation workshop", "Atelier de traduction"],
  ["Society and economy", "Économie et société"],
  ["Politics and international relations", "Relations internationales"],
  ["Research methods", "Méthodologie de la recherche"],
  ["Cultural heritage", "Patrimoine et civilisation"],
];

/** Credits split into `parts` half-point components adding up to the total. */
export function splitCredits(total: number, parts: number): number[] {
  const base = Math.floor((total / parts) * 2) / 2;
  return Array.from({ length: parts }, (_, i) => (i === parts - 1 ? total - base * (parts - 1) : base));
}

/** The components of a mobility's learning agreement: host components (table A) and the home courses (table B). */
export function componentsOf(m: DemoMobility, department: string): { tableA: ComponentStudied[]; tableB: ComponentRecognized[] } {
  const total = m.ectsPlanned!;
  const parts = Math.max(1, Math.min(Math.floor(total / 4), 3 + Math.floor(unit("components", m.id) * 3)));
  const semester = m.period === "full-year" ? "year" : m.period === "spring" ? "S2" : "S1";
  const offset = Math.floor(unit("courses", m.id) * COURSES.length);
  const credits = splitCredits(total, parts);
  const courses = credits.map((_, i) => COURSES[(offset + i) % COURSES.length]!);
  const prefix = department.slice(0, 3);
  return {
    tableA: courses.map(([title], i) => ({ code: `${m.countryCode}${201 + i}`, title, semester, credits: credits[i]! })),
    tableB: courses.map(([, title], i) => ({ code: `${prefix}${m.level ?? "L3"}${i + 1}`, title, semester, credits: credits[i]! })),
  };
}

const at = (day: string) => `${day}T10:00:00.000Z`;

/**
 * Approved learning agreements: every past or in-progress mobility with planned credits (and the planned ones already
 * signed) has its first version approved a little before the due date; some past mobilities have an approved change
 * revision replacing one component.
 */
export function learningAgreementRows(data: DemoOutgoingData, today: string): LaInsert[] {
  return data.mobilities.flatMap((m): LaInsert[] => {
    if (!m.ectsPlanned || !learningAgreementSigned(m)) return [];
    const student = data.students.get(m.studentId!)!;
    const department = departmentOf(m, data);
    const partner = m.partnerId ? data.partners.get(m.partnerId) : undefined;
    const due = dueDateOf("learning-agreement", { plannedStart: m.startDate, plannedEnd: m.plannedEndDate });
    const signedDay = [addDays(due, -3 - Math.floor(unit("la-day", m.id) * 20)), addDays(today, -2)].sort()[0]!;
    const coordinator = { name: `Coordination ${department}`, position: "Coordinateur pédagogique", email: `coordination.${department.toLowerCase()}@orbis.test` };
    const host = { name: "International office", position: "Erasmus coordinator", email: `international@${partner?.schacCode ?? "host.test"}` };
    const signatures = (day: string) => ({
      studentSignature: { name: `${student.firstName} ${student.lastName}`, position: "Étudiant(e)", email: student.email, signedAt: at(day) } satisfies Signature,
      sendingSignature: { ...coordinator, signedAt: at(addDays(day, 2)) } satisfies Signature,
      receivingSignature: { ...host, signedAt: at(addDays(day, 5)) } satisfies Signature,
      reviewedBy: coordinator.email,
      reviewedAt: new Date(at(addDays(day, 2))),
      submittedAt: new Date(at(day)),
      createdAt: new Date(at(addDays(day, -7))),
      updatedAt: new Date(at(addDays(day, 5))),
    });
    const common = {
      mobilityId: m.id,
      status: "approved",
      virtualComponents: [],
      language: data.countries.get(m.countryCode)?.languages[0] ?? "en",
      cefr: pick(["B2", "C1"], "la-cefr", m.id),
      sendingContact: { givenNames: "Coordination", familyName: department, email: coordinator.email },
      receivingContact: { givenNames: "International", familyName: "Office", email: host.email },
    };
    const { tableA, tableB } = componentsOf(m, department);
    const rows: LaInsert[] = [{ id: seedId("la-revision", m.id, 1), revision: 1, kind: "first-version", tableA, tableB, ...common, ...signatures(signedDay) }];
    const changesDay = addDays(m.startDate, 20);
    if (m.status === "completed" && tableA.length > 1 && unit("la-changes", m.id) < 0.15 && changesDay < today) {
      const [dropped] = tableA;
      const replacement = { code: `${m.countryCode}299`, title: "Intercultural communication", semester: dropped!.semester, credits: dropped!.credits };
      rows.push({
        id: seedId("la-revision", m.id, 2),
        revision: 2,
        kind: "changes",
        tableA: [
          { ...dropped!, change: { status: "deleted", reasonCode: "not-available" } },
          { ...replacement, change: { status: "inserted", reasonCode: "substituting-deleted" } },
        ],
        tableB: [],
        ...common,
        ...signatures(changesDay),
      });
    }
    return rows;
  });
}
