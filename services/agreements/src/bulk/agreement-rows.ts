import { AGREEMENT_TYPES, CreateAgreement } from "@orbis/contracts/agreements";
import type { z } from "zod";
import { normalizeText, parseAcademicYear, parseSignatory, splitList, type SignatoryCell } from "./cells";
import { AGREEMENT_COLUMNS } from "./columns";
import { parseCondition, type ConditionCell } from "./conditions";
import { sheetRowNumber, type RowError, type RowsResult } from "./errors";
import { headerErrors, isBlankRow, issuesToRowErrors, readCells } from "./rows";

/** A validated row: CreateAgreement with its defaults applied. */
export type ParsedAgreement = z.output<typeof CreateAgreement>;

/** Finds a partner's id from an Erasmus code, a SCHAC code or a name; undefined when unknown. */
export type PartnerResolver = (erasmusOrSchacOrName: string) => string | undefined;

/** French and English labels of agreement types, as people write them in spreadsheets. */
const TYPE_LABELS: Record<string, (typeof AGREEMENT_TYPES)[number]> = {};
const typeAliases: Record<(typeof AGREEMENT_TYPES)[number], string[]> = {
  "erasmus-iia": ["erasmus", "erasmus+", "iia", "accord interinstitutionnel erasmus+", "erasmus+ inter-institutional agreement", "accord erasmus+"],
  bilateral: ["bilatéral", "échange bilatéral", "bilateral exchange", "accord bilatéral", "bilateral agreement"],
  framework: ["cadre", "accord-cadre", "accord cadre", "framework agreement"],
  cooperation: ["coopération", "accord de coopération", "cooperation agreement"],
  "double-degree": ["double diplôme", "double degree", "double diplome", "accord de double diplôme"],
  programme: ["program", "accord de programme", "programme agreement", "program agreement"],
};
for (const type of AGREEMENT_TYPES) {
  for (const label of [type, ...typeAliases[type]]) TYPE_LABELS[normalizeText(label)] = type;
}
const agreementTypeOf = (text: string) => TYPE_LABELS[normalizeText(text)] ?? text;

function signatoriesOf(text: string, row: number, errors: RowError[]): SignatoryCell[] {
  const signatories: SignatoryCell[] = [];
  let readable = true;
  splitList(text).forEach((entry, index) => {
    const signatory = parseSignatory(entry);
    if (signatory) signatories.push(signatory);
    else {
      readable = false;
      errors.push({ row, path: `signatories.${index}`, message: `Signatory format: "home: name (role) 2026-05-04" or "partner: ..." (got "${entry}")` });
    }
  });
  return readable ? signatories : [];
}

function conditionsOf(text: string, row: number, errors: RowError[]): ConditionCell[] {
  const conditions: ConditionCell[] = [];
  let readable = true;
  splitList(text).forEach((entry, index) => {
    const condition = parseCondition(entry);
    if ("problem" in condition) {
      readable = false;
      errors.push({ row, path: `conditions.${index}`, message: condition.problem });
    } else conditions.push(condition);
  });
  return readable ? conditions : [];
}

function partnerIdsOf(text: string, resolvePartner: PartnerResolver, row: number, errors: RowError[]): string[] {
  const ids: string[] = [];
  splitList(text).forEach((reference, index) => {
    const id = resolvePartner(reference);
    if (id !== undefined) ids.push(id);
    else errors.push({ row, path: `partnerIds.${index}`, message: `Unknown partner "${reference}": give its Erasmus code, SCHAC code or name` });
  });
  return ids;
}

/**
 * Validates import rows as CreateAgreement with the API's own schema (same messages and field paths). Partners are
 * named in the "Partenaires / Partners" column (" | "-separated) and resolved to ids by `resolvePartner`.
 */
export function agreementRows(rows: ReadonlyArray<Record<string, string>>, resolvePartner: PartnerResolver): RowsResult<ParsedAgreement> {
  const result: RowsResult<ParsedAgreement> = { valid: [], errors: [] };
  const { columns, missing } = headerErrors(rows, AGREEMENT_COLUMNS);
  if (missing.length > 0) return { valid: [], errors: missing };
  rows.forEach((raw, index) => {
    if (isBlankRow(raw)) return;
    const row = sheetRowNumber(index);
    const cells = readCells(raw, columns);
    const cellErrors: RowError[] = [];
    const partnerIds = partnerIdsOf(cells.partners ?? "", resolvePartner, row, cellErrors);
    const unknownPartners = cellErrors.length > 0;
    const input = {
      type: agreementTypeOf(cells.type ?? ""),
      title: cells.title ?? "",
      partnerIds,
      departments: splitList(cells.departments ?? "").map((d) => d.toUpperCase()),
      startYear: parseAcademicYear(cells.startYear ?? ""),
      endYear: parseAcademicYear(cells.endYear ?? ""),
      signatories: signatoriesOf(cells.signatories ?? "", row, cellErrors),
      notes: cells.notes ?? "",
      conditions: conditionsOf(cells.conditions ?? "", row, cellErrors),
    };
    const parsed = CreateAgreement.safeParse(input);
    if (parsed.success && cellErrors.length === 0) {
      result.valid.push({ row, value: parsed.data });
      return;
    }
    const schemaErrors = parsed.success ? [] : issuesToRowErrors(parsed.error.issues, row);
    // "At least one partner" would only repeat the unknown-partner errors already given.
    result.errors.push(...cellErrors, ...schemaErrors.filter((e) => !(unknownPartners && e.path === "partnerIds")));
  });
  return result;
}
