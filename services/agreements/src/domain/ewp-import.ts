import { CreateAgreement, CreatePartner } from "@orbis/contracts/agreements";
import type { Db } from "@orbis/db";
import { recordAudit, type AuditEntry } from "@orbis/service-kit";
import { eq, isNotNull, or, sql } from "drizzle-orm";
import type { Context } from "hono";
import type { ServiceEnv } from "@orbis/service-kit";
import { agreements, audit, partners } from "../db/schema";
import { PARTNER_ID_PLACEHOLDER, parseIiaGetResponse } from "../ewp";
import { insertAgreement, loadAgreement, setConditions, setPartners } from "./agreements";
import { toPartner } from "./partners";

export interface EwpImportReport {
  partnersCreated: number;
  partnersUpdated: number;
  agreementsCreated: number;
  agreementsUpdated: number;
  ignored: string[];
}

const issues = (label: string, error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }) =>
  error.issues.map((i) => `${label}: ${i.path.map(String).join(".") || "(root)"}: ${i.message}`);

/**
 * Imports an IIAs get-response in one transaction: each IIA creates or completes its partner (by SCHAC or Erasmus
 * code; names from our records are kept, v7 carries none) and creates or updates its agreement (by the partner's
 * iia-id, or by our own iia-id when the partner echoes it).
 */
export async function importIias(tx: Db, c: Context<ServiceEnv>, xml: string, homeSchac: string): Promise<EwpImportReport> {
  const known = new Map(
    (
      await tx
        .select({ schac: partners.schacCode, countryCode: partners.countryCode, city: partners.city })
        .from(partners)
        .where(isNotNull(partners.schacCode))
    ).map((p) => [p.schac!, { countryCode: p.countryCode, city: p.city }]),
  );
  const parsed = parseIiaGetResponse(xml, homeSchac, { knownPartner: (hei) => known.get(hei.toLowerCase()) });
  const report: EwpImportReport = { partnersCreated: 0, partnersUpdated: 0, agreementsCreated: 0, agreementsUpdated: 0, ignored: [...parsed.ignored] };
  const log = (entry: AuditEntry) => recordAudit(tx, audit, c, entry);

  for (const [index, iia] of parsed.iias.entries()) {
    const label = `IIA ${index + 1} (${iia.agreement.externalId})`;
    const partnerInput = CreatePartner.safeParse(iia.partner);
    if (!partnerInput.success) {
      report.ignored.push(...issues(`${label}, partner`, partnerInput.error), `${label}: not imported (invalid partner)`);
      continue;
    }
    const p = partnerInput.data;
    const matches = await tx
      .select()
      .from(partners)
      .where(or(p.schacCode ? eq(partners.schacCode, p.schacCode) : sql`false`, p.erasmusCode ? eq(partners.erasmusCode, p.erasmusCode) : sql`false`));
    if (matches.length > 1) {
      report.ignored.push(`${label}: its SCHAC and Erasmus codes belong to two different partners; not imported`);
      continue;
    }
    let partnerId: string;
    const existing = matches[0];
    if (existing) {
      partnerId = existing.id;
      const emails = new Set(existing.contacts.map((x) => x.email).filter(Boolean));
      const newContacts = p.contacts.filter((x) => !x.email || !emails.has(x.email));
      const changes = {
        ...(existing.erasmusCode === null && p.erasmusCode ? { erasmusCode: p.erasmusCode } : {}),
        ...(existing.schacCode === null && p.schacCode ? { schacCode: p.schacCode } : {}),
        ...(existing.website === null && p.website ? { website: p.website } : {}),
        ...(newContacts.length ? { contacts: [...existing.contacts, ...newContacts] } : {}),
      };
      if (Object.keys(changes).length) {
        const [after] = await tx
          .update(partners)
          .set({ ...changes, version: sql`${partners.version} + 1`, updatedAt: new Date() })
          .where(eq(partners.id, existing.id))
          .returning();
        await log({ action: "ewp_import", entity: "partner", entityId: existing.id, before: toPartner(existing), after: toPartner(after!) });
        report.partnersUpdated += 1;
      }
    } else {
      const [row] = await tx
        .insert(partners)
        .values({ ...p })
        .returning();
      partnerId = row!.id;
      await log({ action: "ewp_import", entity: "partner", entityId: row!.id, after: toPartner(row!) });
      report.partnersCreated += 1;
    }

    const { externalId, ...agreementFields } = iia.agreement;
    const agreementInput = CreateAgreement.safeParse({
      ...agreementFields,
      partnerIds: agreementFields.partnerIds.map((id) => (id === PARTNER_ID_PLACEHOLDER ? partnerId : id)),
    });
    if (!agreementInput.success) {
      report.ignored.push(...issues(`${label}, agreement`, agreementInput.error), `${label}: agreement not imported`);
      continue;
    }
    const a = agreementInput.data;
    const ownId = iia.homeIiaId && /^[0-9a-f-]{36}$/i.test(iia.homeIiaId) ? iia.homeIiaId : null;
    const [current] = await tx
      .select({ id: agreements.id, version: agreements.version, status: agreements.status })
      .from(agreements)
      .where(or(eq(agreements.externalId, externalId), ownId ? eq(agreements.id, ownId) : sql`false`))
      .limit(1);
    if (current) {
      const before = await loadAgreement(tx, current.id);
      await tx
        .update(agreements)
        .set({
          externalId,
          title: a.title,
          startYear: a.startYear,
          endYear: a.endYear,
          ...(a.signatories.length ? { signatories: a.signatories } : {}),
          ...(iia.inEffect && ["draft", "negotiation", "signed-one-side"].includes(current.status) ? { status: "active" } : {}),
          version: sql`${agreements.version} + 1`,
          updatedAt: new Date(),
        })
        .where(eq(agreements.id, current.id));
      await setPartners(tx, current.id, a.partnerIds);
      await setConditions(tx, current.id, a.conditions, { matchByKind: true });
      await log({ action: "ewp_import", entity: "agreement", entityId: current.id, before, after: await loadAgreement(tx, current.id) });
      report.agreementsUpdated += 1;
    } else {
      const id = await insertAgreement(tx, a, { status: iia.inEffect ? "active" : "negotiation", externalId });
      await log({ action: "ewp_import", entity: "agreement", entityId: id, after: await loadAgreement(tx, id) });
      report.agreementsCreated += 1;
    }
  }
  return report;
}
