import type { DemoErasmusData } from "./data";
import { yearOf } from "./data";
import type { projects } from "../db/schema/index";

type ProjectInsert = typeof projects.$inferInsert & { id: string };

/** Euros per participant the demo budgets are sized on (roughly what a French HEI is granted). */
const PER_PARTICIPANT = { KA131: { individual: 2_400, travel: 260, inclusion: 60, organisational: 450 }, KA171: { individual: 5_200, travel: 900, inclusion: 100, organisational: 350 } };

/**
 * One KA131 and one KA171 project per call year of the universe: the call year's projects fund the mobilities of the
 * academic year that starts in it. Budgets follow the number of participants (a little above, as agreed grants are).
 */
export function projectRows(data: DemoErasmusData): ProjectInsert[] {
  const rows: ProjectInsert[] = [];
  for (let year = data.firstYear; year <= data.currentYear; year++) {
    for (const action of ["KA131", "KA171"] as const) {
      const mobilities = data.universe.mobilities.filter((m) => m.direction === "outgoing" && m.programme === action && yearOf(m.academicYear) === year);
      const participants = Math.max(mobilities.length, action === "KA131" ? 20 : 4);
      const rate = PER_PARTICIPANT[action];
      const euros = (perHead: number) => Math.round((participants * perHead * 1.08) / 100) * 100 * 100;
      const serial = String(100_000 + (year % 100) * 1000 + (action === "KA131" ? 131 : 171)).padStart(9, "0");
      const closed = year <= data.currentYear - 3;
      rows.push({
        id: data.id("erasmus-project", `${action}/${year}`),
        action,
        callYear: year,
        grantAgreementNumber: `${year}-1-FR01-${action}-HED-${serial}`,
        title: action === "KA131" ? `Mobilité des étudiants et des personnels ${year}` : `Mobilité internationale (pays partenaires) ${year}`,
        startDate: `${year}-06-01`,
        endDate: action === "KA131" ? `${year + 2}-07-31` : `${year + 3}-07-31`,
        budgetIndividualCents: euros(rate.individual),
        budgetTravelCents: euros(rate.travel),
        budgetInclusionCents: euros(rate.inclusion),
        budgetOrganisationalCents: euros(rate.organisational),
        partnerCountries: action === "KA171" ? [...new Set(mobilities.map((m) => m.countryCode))].sort() : [],
        status: closed ? "closed" : "running",
      });
    }
  }
  return rows;
}
