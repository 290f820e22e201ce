import type { CostLine, MissionStatus } from "@orbis/contracts/governance";
import type { Db } from "@orbis/db";
import { count } from "drizzle-orm";
import { missionBudgets, missions } from "../db/schema/index";
import { missionTotal, missionYear } from "../domain/missions";
import { insertChunks, spread, universe } from "./universe";

/** The universe's outgoing staff mobilities, as the mission requests that funded them; one envelope per year. */
export async function seedMissions(db: Db): Promise<number> {
  const [existing] = await db.select({ n: count() }).from(missions);
  if ((existing?.n ?? 0) > 0) return 0;
  const u = universe();
  const staff = new Map(u.staff.map((s) => [s.id, s]));
  const rows = u.mobilities
    .filter((m) => m.participantType === "staff" && m.direction === "outgoing" && m.staffId)
    .map((m) => {
      const person = staff.get(m.staffId!)!;
      const far = !["FR", "DE", "ES", "IT", "BE", "NL", "PT", "GB", "IE", "PL", "CZ"].includes(m.countryCode);
      const costLines: CostLine[] = [
        { category: "transport", label: far ? "Vol aller-retour" : "Train aller-retour", amountCents: (far ? 70_000 : 18_000) + spread(m.id, 30_000) },
        { category: "accommodation", label: "Hébergement", amountCents: m.durationDays * (7_000 + spread(`${m.id}h`, 5_000)) },
        { category: "subsistence", label: "Per diem", amountCents: m.durationDays * 3_000 },
      ];
      const status: MissionStatus = m.endDate < u.referenceDate ? (spread(m.id, 10) === 0 ? "completed" : "reimbursed") : m.startDate <= u.referenceDate ? "approved" : "submitted";
      const total = missionTotal({ costLines });
      const decided = status !== "submitted";
      return {
        requesterEmail: person.email.toLowerCase(),
        requesterName: person.name,
        department: m.department,
        destinationCity: m.city,
        destinationCountry: m.countryCode,
        purpose: m.mobilityType === "staff-teaching" ? "Mission d'enseignement chez le partenaire" : "Mission de formation et de coopération",
        startDate: m.startDate,
        endDate: m.endDate,
        year: missionYear(m.startDate),
        costLines,
        totalCents: total,
        status,
        decidedBy: decided ? "vp@orbis.test" : null,
        decidedAt: decided ? new Date(`${m.startDate}T09:00:00Z`) : null,
        reimbursedCents: status === "reimbursed" ? total - spread(`${m.id}r`, 5_000) : null,
        reimbursedOn: status === "reimbursed" ? m.endDate : null,
      };
    });
  const byYear = new Map<number, number>();
  for (const r of rows) byYear.set(r.year, (byYear.get(r.year) ?? 0) + r.totalCents);
  const budgets = [...byYear].map(([year, total]) => ({ id: year, envelopeCents: Math.ceil((total * 1.25) / 100_000) * 100_000 }));
  await db.insert(missionBudgets).values(budgets);
  return budgets.length + (await insertChunks(rows, (chunk) => db.insert(missions).values(chunk)));
}
