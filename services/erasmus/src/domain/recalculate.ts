import type { GrantInput } from "@orbis/contracts/erasmus";
import type { Db } from "@orbis/db";
import { and, eq, sql, type SQL } from "drizzle-orm";
import { grantHistory, grants } from "../db/schema/index";
import { loadRates } from "./rates";
import { calculationFor } from "./sync";

const CHUNK = 1000;

/**
 * Recalculates every grant in scope with the current rates (after the rates of a call were edited). Only grants whose
 * amount or explanation changed are written, each with a history row. Returns how many were read and changed.
 */
export async function recalculateGrants(db: Db, scope: { callYear?: number; projectId?: string }, by: string, audit?: (tx: Db, done: { read: number; changed: number }) => Promise<void>) {
  const where: SQL[] = [];
  if (scope.callYear !== undefined) where.push(eq(grants.academicYear, scope.callYear));
  if (scope.projectId) where.push(eq(grants.projectId, scope.projectId));
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: grants.id, input: grants.input, status: grants.mobilityStatus, totalCents: grants.totalCents, problem: grants.problem, result: grants.result })
      .from(grants)
      .where(where.length ? and(...where) : undefined);
    const rates = await loadRates(tx, rows.map((r) => (r.input as GrantInput).callYear));
    const changed: Array<{ id: string; input: unknown; result: unknown; problem: string | null; total_cents: number }> = [];
    for (const row of rows) {
      const input = row.input as GrantInput;
      const calc = calculationFor(input, row.status, rates.get(input.callYear));
      if (calc.totalCents === row.totalCents && calc.problem === row.problem && JSON.stringify(calc.result) === JSON.stringify(row.result)) continue;
      changed.push({ id: row.id, input, result: calc.result, problem: calc.problem, total_cents: calc.totalCents });
    }
    for (let i = 0; i < changed.length; i += CHUNK) {
      const chunk = changed.slice(i, i + CHUNK);
      const json = JSON.stringify(chunk);
      // One statement per chunk: the grants updated and their history rows written from the same JSON parameter.
      await tx.execute(sql`
        with v as (select * from jsonb_to_recordset(${json}::jsonb) as v(id uuid, input jsonb, result jsonb, problem text, total_cents bigint)),
        changed as (
          update ${grants} set result = v.result, problem = v.problem, total_cents = v.total_cents, version = ${grants.version} + 1, updated_at = now()
          from v where ${grants.id} = v.id
        )
        insert into ${grantHistory} (grant_id, by, reason, input, result, total_cents)
        select v.id, ${by}, 'Recalculated with the current rates', v.input, v.result, v.total_cents from v`);
    }
    const done = { read: rows.length, changed: changed.length };
    await audit?.(tx, done);
    return done;
  });
}
