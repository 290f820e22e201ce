import type { Db } from "@orbis/db";
import type { Universe } from "@orbis/demo-data";
import { objectives, objectiveTargets, objectiveValues } from "../db/schema/index";
import { governanceIds, unitOf, yearsOf } from "./universe";
import { insertNew } from "./write";

const ENGLISH_SPEAKING = new Set(["GB", "IE", "US", "CA", "AU", "NZ", "IN", "SG", "ZA", "KE", "NG", "GH"]);

/** Figures the DRI's annual report gives per year, computed from the universe's mobilities and partners. */
function reportedFigures(universe: Universe): Record<string, Map<number, number>> {
  const perYear = (pick: (year: number) => number) => new Map(yearsOf(universe).map((y) => [y, pick(y)]));
  const studentMobilities = (direction: string, year: number) =>
    universe.mobilities.filter((m) => m.direction === direction && m.participantType === "student" && m.status !== "cancelled" && m.academicYear.startsWith(`${year}-`));
  const studentsById = new Map(universe.students.map((s) => [s.id, s]));
  return {
    outgoing_students: perYear((y) => studentMobilities("outgoing", y).length),
    incoming_students: perYear((y) => studentMobilities("incoming", y).length),
    fewer_opportunities_share: perYear((y) => {
      const leavers = studentMobilities("outgoing", y);
      const fewer = leavers.filter((m) => (m.studentId ? studentsById.get(m.studentId)?.fewerOpportunities : false)).length;
      return leavers.length ? Math.round((fewer / leavers.length) * 1000) / 10 : 0;
    }),
    partners_english_speaking: perYear(() => universe.partners.filter((p) => ENGLISH_SPEAKING.has(p.countryCode)).length),
  };
}

const PLAN = [
  { key: "outgoing_students", axis: "Mobilité", title: "Augmenter la mobilité sortante des étudiants", growth: 1.06 },
  { key: "incoming_students", axis: "Attractivité", title: "Accueillir davantage d'étudiants en échange", growth: 1.04 },
  { key: "fewer_opportunities_share", axis: "Égalité des chances", title: "Ouvrir la mobilité aux étudiants ayant moins d'opportunités", growth: 1.08 },
  { key: "partners_english_speaking", axis: "Partenariats", title: "Développer les partenariats dans les pays anglophones", growth: 1.05 },
  { key: "outgoing_staff", axis: "Mobilité", title: "Encourager la mobilité des personnels", growth: 1.05 },
] as const;

/** Two policy plans (the previous one achieved or not, the current one running), each year's target and figure. */
export async function seedObjectives(db: Db, universe: Universe): Promise<number> {
  const id = governanceIds(universe);
  const years = yearsOf(universe);
  const first = years[0]!;
  const current = years[years.length - 1]!;
  const figures = reportedFigures(universe);
  const plans = [
    { name: "plan-1", startYear: first, endYear: first + 4 },
    { name: "plan-2", startYear: first + 5, endYear: current + 2 },
  ];
  const objectiveRows = [];
  const targetRows = [];
  const valueRows = [];
  for (const plan of plans) {
    for (const o of PLAN) {
      const objectiveId = id("objective", `${plan.name}/${o.key}`);
      const past = plan.endYear < current;
      const base = figures[o.key]?.get(plan.startYear) ?? 20 + Math.round(unitOf(o.key) * 30);
      objectiveRows.push({
        id: objectiveId,
        title: o.title,
        axis: o.axis,
        indicatorKey: o.key,
        description: `Objectif du plan stratégique ${plan.startYear}-${plan.endYear}.`,
        startYear: plan.startYear,
        endYear: plan.endYear,
        owner: "Vice-présidence relations internationales",
        status: past ? (unitOf(`${plan.name}${o.key}`) > 0.4 ? "achieved" : "abandoned") : "active",
      });
      for (let year = plan.startYear; year <= plan.endYear; year++) {
        const target = Math.round(base * o.growth ** (year - plan.startYear + 1) * 10) / 10;
        targetRows.push({ id: id("objective-target", `${objectiveId}/${year}`), objectiveId, year, target });
        const figure = figures[o.key]?.get(year);
        // Until analytics computes them, last year's report figures are entered by hand with their source.
        if (figure !== undefined && year < current) {
          valueRows.push({ id: id("objective-value", `${objectiveId}/${year}`), objectiveId, year, value: figure, source: `Bilan annuel de la DRI ${year}-${year + 1}`, measuredOn: `${year + 1}-09-30` });
        }
      }
    }
  }
  return (await insertNew(db, objectives, objectiveRows)) + (await insertNew(db, objectiveTargets, targetRows)) + (await insertNew(db, objectiveValues, valueRows));
}
