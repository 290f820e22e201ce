import { conditionIdOf, demoScale, generateUniverse, type Agreement as DemoAgreement, type Mobility as DemoMobility, type Partner as DemoPartner } from "@orbis/demo-data";
import type { Db } from "@orbis/db";
import { inArray } from "drizzle-orm";
import { agreementPartners, agreements, audit, conditions, partners, quotaUsage, type SignatoryValue } from "../db/schema";

/** The slice of the demo universe the agreements service owns. */
export interface DemoAgreementsData {
  currentYear: number;
  partners: ReadonlyArray<DemoPartner>;
  agreements: ReadonlyArray<DemoAgreement>;
  /** Mobilities under agreements: each one used a place of its condition in its academic year. */
  mobilities: ReadonlyArray<Pick<DemoMobility, "id" | "agreementId" | "direction" | "mobilityType" | "academicYear" | "status">>;
}

export function demoAgreementsData(scale = demoScale()): DemoAgreementsData {
  const universe = generateUniverse({ scale });
  return {
    currentYear: yearOf(universe.currentAcademicYear),
    partners: universe.partners,
    agreements: universe.agreements,
    mobilities: universe.mobilities.filter((m) => m.agreementId && m.status !== "cancelled"),
  };
}

const yearOf = (academicYear: string) => Number(academicYear.slice(0, 4));
const SYSTEM = { actor: "system", actorKind: "system" };
const CHUNK = 500;

const TITLE_PREFIX: Record<string, string> = {
  KA131: "Erasmus+ KA131",
  KA171: "Erasmus+ KA171",
  BILATERAL: "Accord d'échange",
  CUPA: "Programme CUPA",
  PQEE: "Programme d'échanges Québec (PQEE)",
};
const TYPE_TITLE: Record<string, string> = { framework: "Accord-cadre", "double-degree": "Double diplôme" };

async function insertChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/**
 * The places past and current mobilities used, one usage row per condition and academic year, as the outgoing and
 * incoming services would have recorded them. History above a quota is kept as it happened, marked as an override.
 */
function historicUsage(
  created: ReadonlyArray<{ id: string; agreementId: string; direction: string; mobilityType: string; places: number }>,
  mobilities: DemoAgreementsData["mobilities"],
) {
  const conditionOf = new Map(created.map((c) => [`${c.agreementId}/${c.direction}/${c.mobilityType}`, c]));
  const counts = new Map<string, { condition: (typeof created)[number]; year: number; count: number }>();
  for (const m of mobilities) {
    const condition = conditionOf.get(`${m.agreementId}/${m.direction === "outgoing" ? "sending" : "receiving"}/${m.mobilityType}`);
    if (!condition) continue;
    const year = yearOf(m.academicYear);
    const key = `${condition.id}/${year}`;
    const entry = counts.get(key) ?? { condition, year, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  return [...counts.values()].map(({ condition, year, count }) => ({
    agreementId: condition.agreementId,
    conditionId: condition.id,
    academicYear: year,
    count,
    reference: `demo-history-${year}`,
    actor: "system",
    overrideReason: count > condition.places ? "Historique importé au-delà du quota" : null,
  }));
}

function statusOf(a: DemoAgreement, currentYear: number): string {
  // Cooperation suspended (Russian institutions from 2022-2023): ended by us before its term.
  if (a.suspendedFromYear) return "terminated";
  switch (a.status) {
    case "signed":
      return "active";
    case "active":
      return yearOf(a.endYear) <= currentYear ? "expiring" : "active";
    case "suspended":
      return "terminated";
    default:
      return a.status;
  }
}

function signatories(a: DemoAgreement): SignatoryValue[] {
  if (!a.signedOn) return [];
  return [
    { side: "home", name: "Présidence de l'Institut", role: "Président(e)", signedOn: a.signedOn },
    { side: "partner", name: "Rector's office", role: "Rector / President", signedOn: a.signedOn },
  ];
}

/**
 * Seeds the demo partners and agreements (with conditions). Idempotent: rows are keyed by the universe's stable
 * ids; what exists is left untouched. Consecutive agreements of a partner and type are linked as renewals.
 */
export async function seedDemo(db: Db, data: DemoAgreementsData) {
  const partnerById = new Map(data.partners.map((p) => [p.id, p]));
  const status = new Map(data.agreements.map((a) => [a.id, statusOf(a, data.currentYear)]));
  const links = new Map<string, { previousId: string | null; nextId: string | null }>();
  const chains = new Map<string, DemoAgreement[]>();
  for (const a of data.agreements) chains.set(`${a.partnerId}/${a.type}`, [...(chains.get(`${a.partnerId}/${a.type}`) ?? []), a]);
  for (const chain of chains.values()) {
    chain.sort((x, y) => x.startYear.localeCompare(y.startYear));
    for (let i = 1; i < chain.length; i++) {
      const [before, after] = [chain[i - 1]!, chain[i]!];
      if (status.get(before.id) !== "expired" || yearOf(after.startYear) > yearOf(before.endYear) + 1) continue;
      status.set(before.id, "renewed");
      links.set(before.id, { previousId: links.get(before.id)?.previousId ?? null, nextId: after.id });
      links.set(after.id, { previousId: before.id, nextId: null });
    }
  }

  return db.transaction(async (tx) => {
    const createdPartners: string[] = [];
    await insertChunks([...data.partners], async (chunk) => {
      const rows = await tx
        .insert(partners)
        .values(
          chunk.map((p) => ({
            id: p.id,
            name: p.name,
            nameLatin: p.nameLatin,
            countryCode: p.countryCode,
            city: p.city,
            erasmusCode: p.erasmusCode,
            schacCode: p.schacCode,
            website: p.website,
            faculties: [],
            contacts: [{ role: "International office", name: "", email: `international@${p.schacCode}`, phone: null }],
            networks: p.networks,
          })),
        )
        .onConflictDoNothing()
        .returning({ id: partners.id });
      createdPartners.push(...rows.map((r) => r.id));
    });

    const known = new Set<string>();
    for (let i = 0; i < data.partners.length; i += CHUNK) {
      const ids = data.partners.slice(i, i + CHUNK).map((p) => p.id);
      for (const r of await tx.select({ id: partners.id }).from(partners).where(inArray(partners.id, ids))) known.add(r.id);
    }
    const candidates = data.agreements.filter((a) => known.has(a.partnerId));
    const createdAgreements = new Set<string>();
    await insertChunks(candidates, async (chunk) => {
      const rows = await tx
        .insert(agreements)
        .values(
          chunk.map((a) => {
            const partner = partnerById.get(a.partnerId)!;
            const prefix = (a.programme && TITLE_PREFIX[a.programme]) ?? TYPE_TITLE[a.type] ?? "Accord";
            return {
              id: a.id,
              reference: a.reference,
              type: a.type,
              title: `${prefix} – ${partner.nameLatin}`,
              status: status.get(a.id)!,
              startYear: yearOf(a.startYear),
              endYear: yearOf(a.endYear),
              departments: a.departments,
              signatories: signatories(a),
              notes: a.suspendedFromYear ? `Coopération suspendue à partir de ${a.suspendedFromYear}.` : "",
              previousId: links.get(a.id)?.previousId ?? null,
              nextId: links.get(a.id)?.nextId ?? null,
            };
          }),
        )
        .onConflictDoNothing()
        .returning({ id: agreements.id });
      for (const r of rows) createdAgreements.add(r.id);
    });
    const fresh = candidates.filter((a) => createdAgreements.has(a.id));
    await insertChunks(fresh, (chunk) =>
      tx.insert(agreementPartners).values(chunk.map((a) => ({ agreementId: a.id, partnerId: a.partnerId, position: 0 }))).onConflictDoNothing(),
    );
    const conditionRows = fresh.flatMap((a) =>
      a.conditions.map((c, position) => ({
        // Stable ids: the outgoing service's call destinations refer to these conditions.
        id: conditionIdOf(a.id, position),
        agreementId: a.id,
        position,
        direction: c.direction === "outgoing" ? "sending" : "receiving",
        mobilityType: c.mobilityType,
        places: c.places,
        totalMonths: c.monthsPerYear,
        iscedCodes: c.iscedCodes,
        eqfLevels: c.eqfLevels,
        languages: c.languageRequirements.map((l) => ({ language: l.language, cefr: l.cefr })),
        contacts: [],
      })),
    );
    const conditionIds: Array<{ id: string; agreementId: string; direction: string; mobilityType: string; places: number }> = [];
    await insertChunks(conditionRows, async (chunk) => {
      const rows = await tx
        .insert(conditions)
        .values(chunk)
        .returning({ id: conditions.id, agreementId: conditions.agreementId, direction: conditions.direction, mobilityType: conditions.mobilityType, places: conditions.places });
      conditionIds.push(...rows);
    });
    await insertChunks(historicUsage(conditionIds, data.mobilities), (chunk) => tx.insert(quotaUsage).values(chunk));
    const auditRows = [
      ...createdPartners.map((id) => ({ ...SYSTEM, action: "seed", entity: "partner", entityId: id })),
      ...fresh.map((a) => ({ ...SYSTEM, action: "seed", entity: "agreement", entityId: a.id, after: { reference: a.reference } })),
    ];
    await insertChunks(auditRows, (chunk) => tx.insert(audit).values(chunk));
    return { partners: createdPartners.length, agreements: fresh.length, conditions: conditionRows.length };
  });
}
