import type { GradeTable, GradeTableInput, HostScaleSource, RecognitionScale } from "@orbis/contracts/outgoing";
import type { Db } from "@orbis/db";
import { HttpProblem } from "@orbis/service-kit";
import { and, asc, eq, isNull, or, type SQL } from "drizzle-orm";
import { gradeTables } from "../db/schema/index";
import { countryScaleOf } from "./country-scales";
import { DEFAULT_HOME_ROWS, uniformDistribution } from "./grade-conversion";
import type { MobilityRow } from "./mobilities";

export type GradeTableRow = typeof gradeTables.$inferSelect;

export function toGradeTable(row: GradeTableRow): GradeTable {
  return {
    ...row,
    kind: row.kind as GradeTable["kind"],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Only the owner fields that matter for the table's kind are kept. */
export function tableValues(input: GradeTableInput) {
  return {
    kind: input.kind,
    partnerId: input.kind === "partner" ? input.partnerId : null,
    countryCode: input.kind === "country" ? input.countryCode : null,
    iscedCode: input.iscedCode,
    label: input.label,
    rows: input.rows,
  };
}

export function duplicateTable(): never {
  throw new HttpProblem("duplicate", "A table already exists for this owner and field: edit it instead.", {
    errors: [{ path: "body.iscedCode", message: "Another table has the same owner and field" }],
  });
}

/** The most specific table: the field's own first, then the owner's default (null field). */
async function tableFor(db: Db, owner: SQL | undefined, iscedCode: string): Promise<GradeTableRow | undefined> {
  const rows = await db
    .select()
    .from(gradeTables)
    .where(and(owner, or(eq(gradeTables.iscedCode, iscedCode), isNull(gradeTables.iscedCode))))
    .orderBy(asc(gradeTables.iscedCode));
  return rows.find((r) => r.iscedCode === iscedCode) ?? rows[0];
}

export interface ResolvedScale extends RecognitionScale {
  hostRows: GradeTable["rows"];
  homeRows: GradeTable["rows"];
}

/**
 * The scales a mobility's grades are converted with. Host side, in order: the partner's table (the mobility's ISCED
 * field, else the partner's default), the host country's table (same order), the country's usual scale (grades taken
 * as equally frequent). Home side: the home table for the field, else the default home table, else DEFAULT_HOME_ROWS.
 */
export async function resolveScale(db: Db, mobility: MobilityRow): Promise<ResolvedScale> {
  const partner = mobility.partnerId ? await tableFor(db, and(eq(gradeTables.kind, "partner"), eq(gradeTables.partnerId, mobility.partnerId)), mobility.iscedCode) : undefined;
  const country = partner ? undefined : await tableFor(db, and(eq(gradeTables.kind, "country"), eq(gradeTables.countryCode, mobility.hostCountry)), mobility.iscedCode);
  const home = await tableFor(db, eq(gradeTables.kind, "home"), mobility.iscedCode);
  const homeSide = { homeTableId: home?.id ?? null, homeLabel: home?.label ?? "Distribution par défaut / default distribution", homeRows: home?.rows ?? [...DEFAULT_HOME_ROWS] };
  const table = partner ?? country;
  if (table) {
    return {
      source: partner ? "partner-table" : "country-table",
      tableId: table.id,
      label: table.label,
      grades: table.rows.map((r) => r.grade),
      failing: countryScaleOf(mobility.hostCountry)?.failing ?? [],
      hostRows: table.rows,
      ...homeSide,
    };
  }
  const scale = countryScaleOf(mobility.hostCountry);
  if (!scale) {
    throw new HttpProblem("unprocessable", `No grade table for this partner or for ${mobility.hostCountry}, and no usual scale known for the country: add a grade table first.`);
  }
  return { source: "country-scale", tableId: null, label: scale.name, grades: scale.passing, failing: scale.failing, hostRows: uniformDistribution(scale.passing), ...homeSide };
}

/** Where the grades were converted from, as recorded with a recognition. */
export function sourceOf(scale: ResolvedScale): HostScaleSource {
  return { source: scale.source, tableId: scale.tableId, label: scale.label, homeTableId: scale.homeTableId, homeLabel: scale.homeLabel };
}
