import type { Agreement, AgreementQuery, CreateAgreement, UpdateAgreement } from "@orbis/contracts/agreements";
import type { Principal } from "@orbis/contracts/identity";
import type { Db } from "@orbis/db";
import { HttpProblem } from "@orbis/service-kit";
import { and, arrayOverlaps, asc, desc, eq, inArray, lte, or, sql, type SQL } from "drizzle-orm";
import type { z } from "zod";
import { AGREEMENT_ID, agreementPartners, agreements, conditions, partners, quotaUsage, type AgreementRow, type ConditionRow } from "../db/schema";
import { agreementScope } from "./access";
import { likePattern } from "./search";

export type AgreementInput = z.output<typeof CreateAgreement>;
export type AgreementPatch = z.output<typeof UpdateAgreement>;
type ConditionInput = AgreementInput["conditions"][number];
type Query = z.output<typeof AgreementQuery>;
type PartnerRef = Agreement["partners"][number];

export const REFERENCE_PREFIX: Record<string, string> = {
  "erasmus-iia": "IIA",
  bilateral: "BIL",
  framework: "FWK",
  cooperation: "COOP",
  "double-degree": "DD",
  programme: "PRG",
};

/** The next free reference for the type and first year, e.g. "IIA-2026-0007" (atomic, never reused). */
export async function nextReference(tx: Db, type: string, startYear: number): Promise<string> {
  const key = `${REFERENCE_PREFIX[type] ?? "AGR"}-${startYear}`;
  const result = await tx.execute(sql`
    insert into agreements.reference_counters (key, last)
    values (${key}, coalesce((select max(split_part(reference, '-', 3)::int) from agreements.agreements
                              where reference like ${`${key}-%`} and split_part(reference, '-', 3) ~ '^[0-9]+$'), 0) + 1)
    on conflict (key) do update set last = greatest(agreements.reference_counters.last + 1, excluded.last)
    returning last`);
  const rows = (result as unknown as { rows: Array<{ last: number }> }).rows;
  return `${key}-${String(rows[0]!.last).padStart(4, "0")}`;
}

function toCondition(row: ConditionRow): Agreement["conditions"][number] {
  return {
    id: row.id,
    direction: row.direction as ConditionInput["direction"],
    mobilityType: row.mobilityType as ConditionInput["mobilityType"],
    places: row.places,
    totalMonths: row.totalMonths,
    iscedCodes: row.iscedCodes,
    eqfLevels: row.eqfLevels,
    languages: row.languages as ConditionInput["languages"],
    contacts: row.contacts,
  };
}

export function toAgreement(row: AgreementRow, partnerRefs: PartnerRef[], conditionRows: ConditionRow[]): Agreement {
  return {
    id: row.id,
    reference: row.reference,
    type: row.type as Agreement["type"],
    title: row.title,
    status: row.status as Agreement["status"],
    partnerIds: partnerRefs.map((p) => p.id),
    partners: partnerRefs,
    departments: row.departments,
    startYear: row.startYear,
    endYear: row.endYear,
    signatories: row.signatories,
    notes: row.notes,
    conditions: conditionRows.map(toCondition),
    previousId: row.previousId,
    nextId: row.nextId,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Partners of each agreement, in their order. */
export async function partnersOf(db: Db, ids: string[]): Promise<Map<string, PartnerRef[]>> {
  const out = new Map<string, PartnerRef[]>(ids.map((id) => [id, []]));
  if (!ids.length) return out;
  const rows = await db
    .select({
      agreementId: agreementPartners.agreementId,
      id: partners.id,
      name: partners.name,
      nameLatin: partners.nameLatin,
      countryCode: partners.countryCode,
      erasmusCode: partners.erasmusCode,
    })
    .from(agreementPartners)
    .innerJoin(partners, eq(partners.id, agreementPartners.partnerId))
    .where(inArray(agreementPartners.agreementId, ids))
    .orderBy(asc(agreementPartners.position));
  for (const { agreementId, ...p } of rows) out.get(agreementId)?.push(p);
  return out;
}

async function conditionsOf(db: Db, ids: string[]): Promise<Map<string, ConditionRow[]>> {
  const out = new Map<string, ConditionRow[]>(ids.map((id) => [id, []]));
  if (!ids.length) return out;
  const rows = await db.select().from(conditions).where(inArray(conditions.agreementId, ids)).orderBy(asc(conditions.position));
  for (const row of rows) out.get(row.agreementId)?.push(row);
  return out;
}

/** One full agreement, or 404 (also when the caller's department scope does not cover it). */
export async function loadAgreement(db: Db, id: string, principal?: Principal, lock = false): Promise<Agreement> {
  const q = db.select().from(agreements).where(eq(agreements.id, id));
  const [row] = lock ? await q.for("update") : await q;
  if (!row) throw new HttpProblem("not_found", `No agreement with id ${id}.`);
  if (principal) {
    const scope = agreementScope(principal);
    if (scope !== null && !row.departments.some((d) => scope.includes(d))) {
      throw new HttpProblem("out_of_scope", "This agreement does not concern your departments.");
    }
  }
  const [p, c] = await Promise.all([partnersOf(db, [id]), conditionsOf(db, [id])]);
  return toAgreement(row, p.get(id)!, c.get(id)!);
}

/** 400 naming the partner ids that do not exist. */
export async function assertPartnersExist(tx: Db, ids: string[], path = "body.partnerIds") {
  const unique = [...new Set(ids)];
  const found = new Set((await tx.select({ id: partners.id }).from(partners).where(inArray(partners.id, unique))).map((r) => r.id));
  const errors = ids.flatMap((id, i) => (found.has(id) ? [] : [{ path: `${path}.${i}`, message: `No partner with id ${id}` }]));
  if (errors.length) throw new HttpProblem("validation", "Unknown partner.", { errors });
}

export async function setPartners(tx: Db, agreementId: string, partnerIds: string[]) {
  await tx.delete(agreementPartners).where(eq(agreementPartners.agreementId, agreementId));
  const unique = [...new Set(partnerIds)];
  await tx.insert(agreementPartners).values(unique.map((partnerId, position) => ({ agreementId, partnerId, position })));
}

const conditionValues = (agreementId: string, c: ConditionInput, position: number) => ({
  agreementId,
  position,
  direction: c.direction,
  mobilityType: c.mobilityType,
  places: c.places,
  totalMonths: c.totalMonths,
  iscedCodes: c.iscedCodes,
  eqfLevels: c.eqfLevels,
  languages: c.languages,
  contacts: c.contacts,
});

/**
 * Conditions given with the id of an existing condition are updated in place (their recorded usage stays with
 * them); new ones are inserted; the ones left out are removed, unless places were used on them (409).
 * `matchByKind` (imports, which know no ids) pairs a condition without id with an existing one of the same
 * direction and mobility type.
 */
export async function setConditions(tx: Db, agreementId: string, list: ConditionInput[], options: { matchByKind?: boolean } = {}) {
  const existing = await tx
    .select({ id: conditions.id, direction: conditions.direction, mobilityType: conditions.mobilityType })
    .from(conditions)
    .where(eq(conditions.agreementId, agreementId))
    .orderBy(asc(conditions.position));
  const claimed = new Set<string>();
  const targets = list.map((c) => {
    if (c.id && existing.some((e) => e.id === c.id) && !claimed.has(c.id)) {
      claimed.add(c.id);
      return c.id;
    }
    return undefined;
  });
  if (options.matchByKind) {
    list.forEach((c, i) => {
      if (targets[i]) return;
      const match = existing.find((e) => !claimed.has(e.id) && e.direction === c.direction && e.mobilityType === c.mobilityType);
      if (match) {
        claimed.add(match.id);
        targets[i] = match.id;
      }
    });
  }
  const removed = existing.filter((e) => !claimed.has(e.id)).map((e) => e.id);
  if (removed.length) {
    const used = await tx
      .select({ conditionId: quotaUsage.conditionId })
      .from(quotaUsage)
      .where(inArray(quotaUsage.conditionId, removed))
      .groupBy(quotaUsage.conditionId);
    if (used.length) {
      throw new HttpProblem(
        "conflict",
        `Places were used on condition(s) ${used.map((u) => u.conditionId).join(", ")}: keep them (send their id) or give the places back first.`,
      );
    }
    await tx.delete(conditions).where(inArray(conditions.id, removed));
  }
  for (const [i, c] of list.entries()) {
    const target = targets[i];
    if (target) await tx.update(conditions).set(conditionValues(agreementId, c, i)).where(eq(conditions.id, target));
    else await tx.insert(conditions).values(conditionValues(agreementId, c, i));
  }
}

/** Inserts an agreement with its partners and conditions; the partners must exist. */
export async function insertAgreement(
  tx: Db,
  input: AgreementInput,
  extra: { status?: string; previousId?: string | null; externalId?: string | null } = {},
): Promise<string> {
  await assertPartnersExist(tx, input.partnerIds);
  const reference = await nextReference(tx, input.type, input.startYear);
  const [row] = await tx
    .insert(agreements)
    .values({
      reference,
      type: input.type,
      title: input.title,
      status: extra.status ?? "draft",
      startYear: input.startYear,
      endYear: input.endYear,
      departments: [...new Set(input.departments)],
      signatories: input.signatories,
      notes: input.notes,
      previousId: extra.previousId ?? null,
      externalId: extra.externalId ?? null,
    })
    .returning({ id: agreements.id });
  await setPartners(tx, row!.id, input.partnerIds);
  await setConditions(tx, row!.id, input.conditions);
  return row!.id;
}

type Filters = Pick<Query, "q" | "country" | "type" | "status" | "department" | "partnerId" | "endsBy">;

/** Filters of the agreement list, within the caller's department scope. */
export function agreementWhere(query: Filters, principal: Principal): SQL | undefined {
  const where: SQL[] = [];
  const scope = agreementScope(principal);
  if (scope !== null) where.push(scope.length ? arrayOverlaps(agreements.departments, scope) : sql`false`);
  if (query.type) where.push(eq(agreements.type, query.type));
  if (query.status) where.push(eq(agreements.status, query.status));
  if (query.department) where.push(sql`${agreements.departments} @> array[${query.department}]::text[]`);
  if (query.endsBy !== undefined) where.push(lte(agreements.endYear, query.endsBy));
  if (query.partnerId) {
    where.push(sql`exists (select 1 from ${agreementPartners} ap where ap.agreement_id = ${AGREEMENT_ID} and ap.partner_id = ${query.partnerId})`);
  }
  if (query.country) {
    where.push(sql`exists (select 1 from ${agreementPartners} ap join ${partners} p on p.id = ap.partner_id
      where ap.agreement_id = ${AGREEMENT_ID} and p.country_code = ${query.country})`);
  }
  if (query.q?.trim()) {
    const p = likePattern(query.q);
    where.push(
      or(
        sql`lower(${agreements.title}) like ${p}`,
        sql`lower(${agreements.reference}) like ${p}`,
        sql`exists (select 1 from ${agreementPartners} ap join ${partners} p on p.id = ap.partner_id
          where ap.agreement_id = ${AGREEMENT_ID}
            and (lower(p.name_latin) like ${p} or lower(p.name) like ${p} or lower(coalesce(p.erasmus_code, '')) like ${p}))`,
      )!,
    );
  }
  return where.length ? and(...where) : undefined;
}

const firstPartner = (column: string) =>
  sql.raw(`(select p.${column} from agreements.agreement_partners ap join agreements.partners p on p.id = ap.partner_id
    where ap.agreement_id = "agreements"."agreements"."id" order by ap.position limit 1)`);

export function agreementOrder(query: Pick<Query, "sort" | "order">): SQL[] {
  const dir = query.order === "desc" ? desc : asc;
  const column = {
    reference: agreements.reference,
    title: sql`lower(${agreements.title})`,
    partner: sql`lower(${firstPartner("name_latin")})`,
    country: firstPartner("country_code"),
    startYear: agreements.startYear,
    endYear: agreements.endYear,
    status: agreements.status,
    updatedAt: agreements.updatedAt,
  }[query.sort];
  return [dir(column), asc(agreements.reference)];
}

export const placesOf = sql<number>`(select coalesce(sum(c.places), 0)::int from ${conditions} c where c.agreement_id = ${AGREEMENT_ID})`.mapWith(Number);

/** List items: agreements without conditions, notes and signatories, with their total places per year. */
export async function loadSummaries(db: Db, where: SQL | undefined, order: SQL[], limit?: number, offset?: number) {
  const base = db.select({ row: agreements, places: placesOf }).from(agreements).where(where).orderBy(...order);
  const rows = limit === undefined ? await base : await base.limit(limit).offset(offset ?? 0);
  const refs = await partnersOf(db, rows.map((r) => r.row.id));
  return rows.map(({ row, places }) => {
    const { conditions: _c, notes: _n, signatories: _s, ...summary } = toAgreement(row, refs.get(row.id)!, []);
    return { ...summary, places };
  });
}
