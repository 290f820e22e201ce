import type { Db } from "@orbis/db";
import { count, eq } from "drizzle-orm";
import { scholarshipCalls, scholarshipCandidates, scholarshipScores } from "../db/schema/index";
import { awardPlan, rankCandidates } from "../domain/scholarships";
import { spread, universe } from "./universe";

const CRITERIA = [
  { key: "academic", label: "Dossier académique", weight: 3 },
  { key: "project", label: "Projet d'études", weight: 2 },
  { key: "language", label: "Niveau de langue", weight: 1 },
];
const COMMITTEE = ["vp@orbis.test", "incoming@orbis.test"];

/** One excellence call per academic year for incoming international students; past calls scored, awarded and paid. */
export async function seedScholarships(db: Db): Promise<number> {
  const [existing] = await db.select({ n: count() }).from(scholarshipCalls);
  if ((existing?.n ?? 0) > 0) return 0;
  const u = universe();
  const current = Number(u.currentAcademicYear.slice(0, 4));
  const incoming = u.students.filter((s) => s.direction === "incoming" && s.nationality !== "FR");
  let added = 0;
  for (const ay of u.academicYears) {
    const year = ay.startYear;
    const [call] = await db
      .insert(scholarshipCalls)
      .values({ title: `Bourses d'excellence ${ay.code}`, year, closesOn: `${year}-04-30`, budgetCents: 4_000_000, awardCents: 1_000_000, criteria: CRITERIA, committee: COMMITTEE, status: year < current ? "awarded" : "open" })
      .returning();
    const pool = incoming.filter((_, i) => i % u.academicYears.length === year % u.academicYears.length).slice(0, 8);
    const candidates = await db
      .insert(scholarshipCandidates)
      .values(pool.map((s) => ({ callId: call!.id, name: `${s.firstName} ${s.lastName}`, email: s.email.toLowerCase(), nationality: s.nationality, programmeOfStudy: `Master — ${s.department}` })))
      .returning();
    const scores = candidates.flatMap((c) => COMMITTEE.map((member) => ({ candidateId: c.id, member, marks: Object.fromEntries(CRITERIA.map((k) => [k.key, 8 + spread(`${c.email}${member}${k.key}`, 12)])) })));
    const sheets = scores.length ? await db.insert(scholarshipScores).values(scores).returning() : [];
    added += 1 + candidates.length + sheets.length;
    if (year >= current) continue;
    for (const p of awardPlan(call!, rankCandidates(call!, candidates, sheets))) {
      const payments = p.awardedCents ? [{ amountCents: p.awardedCents / 2, paidOn: `${year}-10-15` }, { amountCents: p.awardedCents / 2, paidOn: `${year + 1}-02-15` }] : [];
      await db.update(scholarshipCandidates).set({ status: p.status, awardedCents: p.awardedCents, payments }).where(eq(scholarshipCandidates.id, p.id));
    }
  }
  return added;
}
