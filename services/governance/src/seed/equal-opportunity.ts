import type { Db } from "@orbis/db";
import { count } from "drizzle-orm";
import { equalityActions, equalityTargets } from "../db/schema/index";
import { universe } from "./universe";

/** Yearly targets on the three dimensions and the actions of the equal-access plan. */
export async function seedEqualOpportunity(db: Db): Promise<number> {
  const [existing] = await db.select({ n: count() }).from(equalityTargets);
  if ((existing?.n ?? 0) > 0) return 0;
  const u = universe();
  const current = Number(u.currentAcademicYear.slice(0, 4));
  const targets = u.academicYears.flatMap((ay) => [
    { dimension: "scholarship_holders" as const, indicatorKey: "scholarship_holders_share" as const, year: ay.startYear, targetValue: 30 + (ay.startYear - 2017) },
    { dimension: "disability" as const, indicatorKey: "disability_participants" as const, year: ay.startYear, targetValue: 10 + (ay.startYear - 2017) * 2 },
    { dimension: "gender" as const, indicatorKey: "women_share" as const, year: ay.startYear, targetValue: 55 },
  ]);
  const actions = [
    { dimension: "scholarship_holders" as const, title: "Complément de bourse pour les boursiers sur critères sociaux", owner: "Pôle mobilité sortante", dueDate: `${current - 3}-09-01`, status: "done" as const },
    { dimension: "disability" as const, title: "Référent handicap dans chaque composante pour la mobilité", owner: "Mission handicap", dueDate: `${current}-12-31`, status: "in_progress" as const },
    { dimension: "disability" as const, title: "Guide d'accessibilité des partenaires", owner: "Pôle accords", dueDate: `${current - 1}-06-30`, status: "in_progress" as const },
    { dimension: "gender" as const, title: "Mentorat des étudiantes en sciences pour partir", owner: "Vice-présidence RI", dueDate: `${current + 1}-03-31`, status: "planned" as const },
  ];
  await db.insert(equalityTargets).values(targets);
  await db.insert(equalityActions).values(actions);
  return targets.length + actions.length;
}
