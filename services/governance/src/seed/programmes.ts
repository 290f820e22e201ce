import type { Db } from "@orbis/db";
import { count } from "drizzle-orm";
import { programmes } from "../db/schema/index";
import { universe } from "./universe";

/** The strategic programmes of the demo university, with the universe's partners in China, India and the first Anglophone partner. */
export async function seedProgrammes(db: Db): Promise<number> {
  const [existing] = await db.select({ n: count() }).from(programmes);
  if ((existing?.n ?? 0) > 0) return 0;
  const u = universe();
  const first = u.academicYears[0]!.startYear;
  const current = Number(u.currentAcademicYear.slice(0, 4));
  const inCountry = (codes: string[]) => u.partners.filter((p) => codes.includes(p.countryCode));
  const years = (from: number, to: number, amount: number, funder: string) => Array.from({ length: to - from + 1 }, (_, i) => ({ year: from + i, funder, amountCents: amount }));
  const defs = [
    { name: "Programme sino-français de formation par la recherche", kind: "joint_programme" as const, partners: inCountry(["CN"]).slice(0, 2), start: first, end: `${current}-08-31`, funding: years(first, current, 6_000_000, "Région et ambassade") },
    { name: "Institut conjoint de recherche", kind: "joint_institute" as const, partners: inCountry(["CN", "KR", "JP"]).slice(2, 3), start: first + 3, end: `${current + 3}-06-30`, funding: years(first + 3, current, 9_000_000, "Université et partenaire") },
    { name: "Réseau avec les instituts indiens de sciences", kind: "network" as const, partners: inCountry(["IN"]).slice(0, 3), start: first + 5, end: `${current + 1}-12-31`, funding: years(first + 5, current, 2_500_000, "Campus France") },
  ].filter((d) => d.partners.length);
  const rows = defs.map((d) => ({
    name: d.name,
    kind: d.kind,
    status: "active" as const,
    partnerNames: d.partners.map((p) => p.nameEn),
    partnerIds: d.partners.map((p) => p.id),
    startDate: `${d.start}-09-01`,
    endDate: d.end,
    description: "",
    milestones: [
      { label: "Signature de la convention", dueDate: `${d.start}-09-01`, done: true },
      { label: "Comité de pilotage annuel", dueDate: `${current}-12-15`, done: false },
      { label: "Évaluation avant renouvellement", dueDate: `${Number(d.end.slice(0, 4)) - 1}-12-01`, done: false },
    ],
    funding: d.funding,
    participants: [
      { name: "Vice-présidence RI", role: "Pilotage", institution: u.institution.nameFr },
      ...d.partners.map((p) => ({ name: `Bureau international — ${p.nameEn}`, role: "Coordination", institution: p.nameEn })),
    ],
    renewals: d.start < current - 5 ? [{ previousEndDate: `${d.start + 4}-08-31`, newEndDate: d.end, decidedOn: `${d.start + 4}-03-15`, note: "Renouvellement voté en conseil" }] : [],
  }));
  if (rows.length) await db.insert(programmes).values(rows);
  return rows.length;
}
