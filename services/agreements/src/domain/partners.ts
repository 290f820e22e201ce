import type { CreatePartner, Partner, PartnerQuery } from "@orbis/contracts/agreements";

export type PartnerInput = z.output<typeof CreatePartner>;
import type { Db } from "@orbis/db";
import { HttpProblem, type FieldError } from "@orbis/service-kit";
import { and, arrayContains, asc, desc, eq, ne, or, sql, type SQL } from "drizzle-orm";
import type { z } from "zod";
import { agreementPartners, agreements, PARTNER_ID, partners, type PartnerRow } from "../db/schema";
import { likePattern } from "./search";

export const ACTIVE_STATUSES = ["active", "expiring"] as const;

/** Number of active agreements the partner takes part in, as a correlated subquery. */
export const activeAgreementsOf = sql<number>`(
  select count(*)::int from ${agreementPartners} ap join ${agreements} a on a.id = ap.agreement_id
  where ap.partner_id = ${PARTNER_ID} and a.status in ('active', 'expiring'))`.mapWith(Number);

export function toPartner(row: PartnerRow & { activeAgreements?: number }): Partner {
  return {
    id: row.id,
    name: row.name,
    nameLatin: row.nameLatin,
    countryCode: row.countryCode,
    city: row.city,
    erasmusCode: row.erasmusCode,
    schacCode: row.schacCode,
    website: row.website,
    faculties: row.faculties,
    contacts: row.contacts,
    networks: row.networks,
    activeAgreements: row.activeAgreements ?? 0,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

type Filters = Pick<z.infer<typeof PartnerQuery>, "q" | "country" | "network">;

export function partnerWhere(query: Filters): SQL | undefined {
  const where: SQL[] = [];
  if (query.q?.trim()) {
    const p = likePattern(query.q);
    where.push(
      or(
        sql`lower(${partners.nameLatin}) like ${p}`,
        sql`lower(${partners.name}) like ${p}`,
        sql`lower(${partners.city}) like ${p}`,
        sql`lower(coalesce(${partners.erasmusCode}, '')) like ${p}`,
        sql`coalesce(${partners.schacCode}, '') like ${p}`,
      )!,
    );
  }
  if (query.country) where.push(eq(partners.countryCode, query.country));
  if (query.network) where.push(arrayContains(partners.networks, [query.network]));
  return where.length ? and(...where) : undefined;
}

export function partnerOrder(query: Pick<z.infer<typeof PartnerQuery>, "sort" | "order">): SQL[] {
  const dir = query.order === "desc" ? desc : asc;
  const column = {
    name: sql`lower(${partners.nameLatin})`,
    country: partners.countryCode,
    city: partners.city,
    updatedAt: partners.updatedAt,
  }[query.sort];
  return [dir(column), asc(partners.id)];
}

/** Partners by id, with their active agreement counts. */
export async function loadPartners(db: Db, where: SQL | undefined, order: SQL[], limit?: number, offset?: number) {
  const base = db
    .select({ row: partners, activeAgreements: activeAgreementsOf })
    .from(partners)
    .where(where)
    .orderBy(...order);
  const rows = limit === undefined ? await base : await base.limit(limit).offset(offset ?? 0);
  return rows.map((r) => toPartner({ ...r.row, activeAgreements: r.activeAgreements }));
}

/** 409 naming the field when another partner already holds the Erasmus or SCHAC code. */
export async function assertCodesFree(tx: Db, codes: { erasmusCode?: string | null; schacCode?: string | null }, exceptId?: string) {
  const errors: FieldError[] = [];
  const others = exceptId ? ne(partners.id, exceptId) : undefined;
  if (codes.erasmusCode) {
    const [taken] = await tx.select({ id: partners.id }).from(partners).where(and(eq(partners.erasmusCode, codes.erasmusCode), others));
    if (taken) errors.push({ path: "body.erasmusCode", message: `Erasmus code ${codes.erasmusCode} already belongs to partner ${taken.id}` });
  }
  if (codes.schacCode) {
    const [taken] = await tx.select({ id: partners.id }).from(partners).where(and(eq(partners.schacCode, codes.schacCode), others));
    if (taken) errors.push({ path: "body.schacCode", message: `SCHAC code ${codes.schacCode} already belongs to partner ${taken.id}` });
  }
  if (errors.length) throw new HttpProblem("duplicate", "Another partner already has this code.", { errors });
}

/** Column values of a validated partner (defaults applied by zod). */
export function partnerValues(input: PartnerInput) {
  return {
    name: input.name,
    nameLatin: input.nameLatin,
    countryCode: input.countryCode,
    city: input.city,
    erasmusCode: input.erasmusCode,
    schacCode: input.schacCode,
    website: input.website,
    faculties: input.faculties,
    contacts: input.contacts,
    networks: input.networks,
  };
}
