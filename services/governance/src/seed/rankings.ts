import { RANKING_FIGURE_KEYS, type RankingFigure, type RankingFigureKey } from "@orbis/contracts/governance";
import type { Db } from "@orbis/db";
import { count } from "drizzle-orm";
import { rankingExercises } from "../db/schema/index";
import { universe } from "./universe";

/** QS and THE exercises for each past year, figures entered from the universe's counts, locked once submitted. */
export async function seedRankings(db: Db): Promise<number> {
  const [existing] = await db.select({ n: count() }).from(rankingExercises);
  if ((existing?.n ?? 0) > 0) return 0;
  const u = universe();
  const current = Number(u.currentAcademicYear.slice(0, 4));
  const rows = u.academicYears.flatMap((ay) => {
    const year = ay.startYear;
    const mobilities = u.mobilities.filter((m) => m.academicYear === ay.code && m.participantType === "student");
    const academic = u.staff.filter((s) => s.kind === "academic").length;
    const values: Record<RankingFigureKey, number> = {
      students_headcount: 18_000 + (year - 2017) * 150,
      students_fte: 16_500 + (year - 2017) * 140,
      international_students_headcount: 2_100 + (year - 2017) * 40,
      international_students_fte: 1_950 + (year - 2017) * 35,
      academic_staff_headcount: 900 + academic,
      academic_staff_fte: 840 + academic,
      international_staff_headcount: 70 + (year - 2017) * 2,
      inbound_exchange_students: mobilities.filter((m) => m.direction === "incoming").length,
      outbound_exchange_students: mobilities.filter((m) => m.direction === "outgoing").length,
    };
    const figures: RankingFigure[] = RANKING_FIGURE_KEYS.map((key) => ({ key, mode: "entered", value: values[key], source: `Enquête SISE ${year}`, computedAt: null }));
    const done = year < current;
    return (["QS", "THE"] as const).map((scheme) => ({
      scheme,
      referenceYear: year,
      status: done ? ("locked" as const) : ("draft" as const),
      figures: done ? figures : figures.map((f) => (f.key.startsWith("international_staff") ? { ...f, value: null, source: null } : f)),
      reviewedBy: done ? "vp@orbis.test" : null,
      reviewedAt: done ? new Date(`${year + 1}-01-20T10:00:00Z`) : null,
      lockedBy: done ? "vp@orbis.test" : null,
      lockedAt: done ? new Date(`${year + 1}-01-31T10:00:00Z`) : null,
    }));
  });
  await db.insert(rankingExercises).values(rows);
  return rows.length;
}
