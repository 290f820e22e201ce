import type { ErasmusMobility } from "@orbis/contracts/outgoing";
import type { GrantInput } from "@orbis/contracts/erasmus";
import type { Db } from "@orbis/db";
import { and, eq, inArray } from "drizzle-orm";
import { grantHistory, grants, syncRuns } from "../db/schema/index";
import { calculate, type Calculation } from "./calculate";
import { projectIndex } from "./projects-index";
import { loadRates } from "./rates";
import { DEFAULT_SETTINGS, mobilityChanges, participantName, settingsOf, studentGrantInput } from "./student-grants";

const MAX_LISTED_CHANGES = 500;

/** A cancelled mobility keeps its grant record (for the history) with nothing to pay. */
export function calculationFor(input: GrantInput, status: string, rates: Parameters<typeof calculate>[1]): Calculation {
  if (status === "cancelled") return { result: null, problem: null, totalCents: 0 };
  return calculate(input, rates);
}

function grantValues(m: ErasmusMobility, input: GrantInput, calc: Calculation, projectId: string | null) {
  return {
    projectId,
    participantName: participantName(m),
    participantRef: m.student.studentNumber,
    department: m.student.department,
    academicYear: m.academicYear,
    countryCode: m.hostCountry,
    hostName: m.hostName,
    mobilityStatus: m.status,
    snapshot: m,
    input,
    result: calc.result,
    problem: calc.problem,
    totalCents: calc.totalCents,
  };
}

/**
 * Applies the student mobilities read from the outgoing service: new ones get a grant, changed ones (dates, country,
 * status...) are recalculated with a history row saying what changed; unchanged ones are left alone. One transaction.
 */
export async function applyMobilities(db: Db, mobilities: ErasmusMobility[], options: { by: string; academicYear?: number; audit?: (tx: Db, run: typeof syncRuns.$inferSelect) => Promise<void> }) {
  const rates = await loadRates(db, mobilities.map((m) => m.academicYear));
  const projectOf = await projectIndex(db);
  return db.transaction(async (tx) => {
    const existing = new Map<string, typeof grants.$inferSelect>();
    for (let i = 0; i < mobilities.length; i += 1000) {
      const ids = mobilities.slice(i, i + 1000).map((m) => m.id);
      const rows = await tx.select().from(grants).where(and(eq(grants.source, "student"), inArray(grants.mobilityId, ids)));
      for (const row of rows) existing.set(row.mobilityId, row);
    }
    let created = 0;
    let updated = 0;
    const changes: unknown[] = [];
    const inserts: Array<typeof grants.$inferInsert> = [];
    for (const m of mobilities) {
      const row = existing.get(m.id);
      const projectId = projectOf(m.programme, m.academicYear);
      if (!row) {
        const input = studentGrantInput(m, DEFAULT_SETTINGS);
        inserts.push({ source: "student", mobilityId: m.id, ...grantValues(m, input, calculationFor(input, m.status, rates.get(m.academicYear)), projectId) });
        created++;
        continue;
      }
      const diff = mobilityChanges(row.snapshot as ErasmusMobility, m);
      if (!diff.length) continue;
      const input = studentGrantInput(m, settingsOf(row.input as GrantInput));
      const calc = calculationFor(input, m.status, rates.get(m.academicYear));
      await tx
        .update(grants)
        .set({ ...grantValues(m, input, calc, projectId ?? row.projectId), version: row.version + 1, updatedAt: new Date() })
        .where(eq(grants.id, row.id));
      const reason = `Synchronised from outgoing: ${diff.map((d) => d.field).join(", ")} changed`;
      await tx.insert(grantHistory).values({ grantId: row.id, by: options.by, reason, input, result: calc.result, totalCents: calc.totalCents });
      if (changes.length < MAX_LISTED_CHANGES) changes.push({ grantId: row.id, participant: participantName(m), changes: diff, totalBefore: row.totalCents, totalAfter: calc.totalCents });
      updated++;
    }
    for (let i = 0; i < inserts.length; i += 500) {
      const ids = await tx.insert(grants).values(inserts.slice(i, i + 500)).returning({ id: grants.id, input: grants.input, result: grants.result, totalCents: grants.totalCents });
      await tx.insert(grantHistory).values(ids.map((g) => ({ grantId: g.id, by: options.by, reason: "Created from the outgoing mobility", input: g.input, result: g.result, totalCents: g.totalCents })));
    }
    const [run] = await tx
      .insert(syncRuns)
      .values({ by: options.by, academicYear: options.academicYear ?? null, fetched: mobilities.length, created, updated, unchanged: mobilities.length - created - updated, changes })
      .returning();
    await options.audit?.(tx, run!);
    return run!;
  });
}
