import { RateTable } from "@orbis/contracts/erasmus";
import type { Db } from "@orbis/db";
import { inArray } from "drizzle-orm";
import { rateTables } from "../db/schema/index";

/** The rate tables of the given call years, validated (a year without rates is absent). */
export async function loadRates(db: Db, years: Iterable<number>): Promise<Map<number, RateTable>> {
  const wanted = [...new Set(years)];
  if (!wanted.length) return new Map();
  const rows = await db.select().from(rateTables).where(inArray(rateTables.callYear, wanted));
  return new Map(rows.map((r) => [r.callYear, RateTable.parse(r.rates)]));
}
