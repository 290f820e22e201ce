import type { Partner } from "@orbis/contracts/agreements";
import type { Agreement, AgreementSummary as AgreementSummarySchema } from "@orbis/contracts/agreements";
import type { z } from "zod";
import { formatContact, formatSignatory, joinList, normalizeText } from "./cells";
import { formatCondition } from "./conditions";
import type { CellOut } from "./table";

export type AgreementSummary = z.infer<typeof AgreementSummarySchema>;

/** How a cell is read on import and written on export. */
export type CellFormat =
  | "text" // plain text; empty = not given (null for optional fields)
  | "list" // values joined with " | "
  | "contacts" // "role: name <email> phone" entries joined with " | "
  | "signatories" // "home: name (role) 2026-05-04" entries joined with " | "
  | "conditions" // "sending student-studies places=2 months=10 eqf=6,7 isced=0231 lang=en:B2" entries joined with " | "
  | "partners" // Erasmus codes, SCHAC codes or names joined with " | "
  | "year" // academic year by its first calendar year: 2026 or "2026-2027"
  | "number"
  | "datetime"; // ISO 8601

export interface ColumnDef {
  /** Field of the contract (CreatePartner / CreateAgreement) or, for export-only columns, of the read model. */
  key: string;
  fr: string;
  en: string;
  /** French-first bilingual header, as written in exports and templates. */
  header: string;
  format: CellFormat;
  /** Import fails early (header error at row 1) when such a column is absent. */
  required?: boolean;
  /** Written on export, ignored on import (ids, counters, timestamps). */
  exportOnly?: boolean;
  /** Other header spellings accepted on import. */
  aliases?: string[];
  width?: number;
}

type ColumnSpec = Omit<ColumnDef, "header">;
const column = (spec: ColumnSpec): ColumnDef => ({ ...spec, header: spec.fr === spec.en ? spec.fr : `${spec.fr} / ${spec.en}` });

export const PARTNER_COLUMNS: readonly ColumnDef[] = [
  column({ key: "name", fr: "Nom", en: "Name", format: "text", required: true, aliases: ["nom original", "original name", "etablissement", "institution"], width: 40 }),
  column({ key: "nameLatin", fr: "Nom (alphabet latin)", en: "Latin name", format: "text", aliases: ["nom latin", "name latin", "nom en alphabet latin", "latin script name"], width: 40 }),
  column({ key: "countryCode", fr: "Pays", en: "Country", format: "text", required: true, aliases: ["code pays", "country code"], width: 10 }),
  column({ key: "city", fr: "Ville", en: "City", format: "text", required: true, width: 20 }),
  column({ key: "erasmusCode", fr: "Code Erasmus", en: "Erasmus code", format: "text", aliases: ["erasmus"], width: 16 }),
  column({ key: "schacCode", fr: "Code SCHAC", en: "SCHAC code", format: "text", aliases: ["schac", "ewp", "hei id", "identifiant ewp", "ewp id"], width: 24 }),
  column({ key: "website", fr: "Site web", en: "Website", format: "text", aliases: ["site", "url", "site internet"], width: 30 }),
  column({ key: "faculties", fr: "Facultés", en: "Faculties", format: "list", aliases: ["departements", "departments", "composantes"], width: 30 }),
  column({ key: "contacts", fr: "Contacts", en: "Contacts", format: "contacts", width: 50 }),
  column({ key: "networks", fr: "Réseaux", en: "Networks", format: "list", aliases: ["reseaux et alliances", "networks and alliances", "alliances"], width: 24 }),
  column({ key: "activeAgreements", fr: "Accords actifs", en: "Active agreements", format: "number", exportOnly: true, width: 12 }),
  column({ key: "id", fr: "Identifiant", en: "ID", format: "text", exportOnly: true, width: 38 }),
  column({ key: "updatedAt", fr: "Mis à jour le", en: "Updated at", format: "datetime", exportOnly: true, width: 24 }),
];

export const AGREEMENT_COLUMNS: readonly ColumnDef[] = [
  column({ key: "reference", fr: "Référence", en: "Reference", format: "text", exportOnly: true, width: 16 }),
  column({ key: "type", fr: "Type", en: "Type", format: "text", required: true, aliases: ["type d accord", "agreement type"], width: 14 }),
  column({ key: "title", fr: "Intitulé", en: "Title", format: "text", required: true, aliases: ["titre", "nom", "name"], width: 40 }),
  column({ key: "partners", fr: "Partenaires", en: "Partners", format: "partners", required: true, aliases: ["partenaire", "partner", "partner ids", "partnerids"], width: 40 }),
  column({ key: "partnerCountries", fr: "Pays", en: "Countries", format: "list", exportOnly: true, aliases: ["pays", "country"], width: 10 }),
  column({ key: "partnerErasmusCodes", fr: "Codes Erasmus", en: "Erasmus codes", format: "list", exportOnly: true, width: 18 }),
  column({ key: "departments", fr: "Départements", en: "Departments", format: "list", aliases: ["composantes", "facultes", "faculties"], width: 18 }),
  column({ key: "startYear", fr: "Première année", en: "First year", format: "year", required: true, aliases: ["debut", "start", "start year", "annee de debut", "first academic year"], width: 12 }),
  column({ key: "endYear", fr: "Dernière année", en: "Last year", format: "year", required: true, aliases: ["fin", "end", "end year", "annee de fin", "last academic year"], width: 12 }),
  column({ key: "status", fr: "Statut", en: "Status", format: "text", exportOnly: true, width: 14 }),
  column({ key: "places", fr: "Places", en: "Places", format: "number", exportOnly: true, width: 8 }),
  column({ key: "conditions", fr: "Conditions (places)", en: "Conditions (places)", format: "conditions", aliases: ["conditions", "quotas", "mobilites", "mobilities"], width: 60 }),
  column({ key: "signatories", fr: "Signataires", en: "Signatories", format: "signatories", width: 40 }),
  column({ key: "notes", fr: "Notes", en: "Notes", format: "text", aliases: ["remarques", "commentaires", "comments"], width: 40 }),
  column({ key: "id", fr: "Identifiant", en: "ID", format: "text", exportOnly: true, width: 38 }),
  column({ key: "updatedAt", fr: "Mis à jour le", en: "Updated at", format: "datetime", exportOnly: true, width: 24 }),
];

/** Columns of an import template (what an import reads), in order. */
export const templateColumns = (columns: readonly ColumnDef[]) => columns.filter((c) => !c.exportOnly);

/**
 * Maps each header of a file to the column it names, in French or English, with or without accents and case:
 * "Pays", "country", "PAYS / COUNTRY" and "countryCode" all name `countryCode`. Unknown headers map to nothing.
 */
export function matchHeaders(header: readonly string[], columns: readonly ColumnDef[]): Map<string, ColumnDef> {
  const byName = new Map<string, ColumnDef>();
  // Import columns first so that a name shared with an export-only column ("Pays") reads the importable one.
  const ordered = [...columns.filter((c) => !c.exportOnly), ...columns.filter((c) => c.exportOnly)];
  for (const c of ordered) {
    for (const name of [c.header, c.fr, c.en, c.key, ...(c.aliases ?? [])]) {
      const normalized = normalizeText(name);
      if (!byName.has(normalized)) byName.set(normalized, c);
    }
  }
  const matched = new Map<string, ColumnDef>();
  const taken = new Set<string>();
  for (const h of header) {
    const c = byName.get(normalizeText(h));
    if (c && !taken.has(c.key)) {
      matched.set(h, c);
      taken.add(c.key);
    }
  }
  return matched;
}

export function partnerToRow(p: Partner): Record<string, CellOut> {
  return {
    name: p.name,
    nameLatin: p.nameLatin,
    countryCode: p.countryCode,
    city: p.city,
    erasmusCode: p.erasmusCode,
    schacCode: p.schacCode,
    website: p.website,
    faculties: joinList(p.faculties),
    contacts: joinList(p.contacts.map(formatContact)),
    networks: joinList(p.networks),
    activeAgreements: p.activeAgreements,
    id: p.id,
    updatedAt: p.updatedAt,
  };
}

/** Conditions, notes and signatories are written when given (a full Agreement), left empty for a summary. */
export function agreementToRow(
  a: AgreementSummary & Partial<Pick<Agreement, "notes" | "signatories" | "conditions">>,
): Record<string, CellOut> {
  return {
    reference: a.reference,
    type: a.type,
    title: a.title,
    // Names read back on import (resolvePartner accepts names as well as codes).
    partners: joinList(a.partners.map((p) => p.nameLatin || p.name)),
    partnerCountries: joinList([...new Set(a.partners.map((p) => p.countryCode))]),
    partnerErasmusCodes: joinList(a.partners.flatMap((p) => (p.erasmusCode ? [p.erasmusCode] : []))),
    departments: joinList(a.departments),
    startYear: a.startYear,
    endYear: a.endYear,
    status: a.status,
    places: a.places,
    conditions: joinList((a.conditions ?? []).map(formatCondition)),
    signatories: joinList((a.signatories ?? []).map(formatSignatory)),
    notes: a.notes ?? "",
    id: a.id,
    updatedAt: a.updatedAt,
  };
}
