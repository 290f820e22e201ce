import { CreatePartner } from "@orbis/contracts/agreements";
import type { z } from "zod";
import { parseContact, splitList, type ContactCell } from "./cells";
import { PARTNER_COLUMNS } from "./columns";
import { countryCodeOf } from "./countries";
import { sheetRowNumber, type RowError, type RowsResult } from "./errors";
import { headerErrors, isBlankRow, issuesToRowErrors, readCells } from "./rows";

/** A validated row: CreatePartner with its defaults applied. */
export type ParsedPartner = z.output<typeof CreatePartner>;

/** Malformed entries are reported here; the others are then left to the schema only once all entries are readable. */
function contactsOf(text: string, row: number, errors: RowError[]): ContactCell[] {
  const contacts: ContactCell[] = [];
  let readable = true;
  splitList(text).forEach((entry, index) => {
    const contact = parseContact(entry);
    if (contact) contacts.push(contact);
    else {
      readable = false;
      errors.push({ row, path: `contacts.${index}`, message: `Contact format: "role: name <email> phone" (got "${entry}")` });
    }
  });
  return readable ? contacts : [];
}

/** Partner input of one row, before validation: empty optional cells become null. */
function partnerInput(cells: Record<string, string>, row: number, errors: RowError[]) {
  const optional = (key: string) => (cells[key] ? cells[key] : null);
  return {
    name: cells.name ?? "",
    // The Latin-script name is the original name when left empty (most partners write in Latin script).
    nameLatin: cells.nameLatin || cells.name || "",
    countryCode: countryCodeOf(cells.countryCode ?? ""),
    city: cells.city ?? "",
    erasmusCode: optional("erasmusCode"),
    schacCode: optional("schacCode"),
    website: optional("website"),
    faculties: splitList(cells.faculties ?? ""),
    contacts: contactsOf(cells.contacts ?? "", row, errors),
    networks: splitList(cells.networks ?? ""),
  };
}

/**
 * Validates import rows as CreatePartner with the API's own schema (same messages and field paths).
 * Blank rows are skipped; two rows with the same Erasmus or SCHAC code are reported on the later one.
 */
export function partnerRows(rows: ReadonlyArray<Record<string, string>>): RowsResult<ParsedPartner> {
  const result: RowsResult<ParsedPartner> = { valid: [], errors: [] };
  const { columns, missing } = headerErrors(rows, PARTNER_COLUMNS);
  if (missing.length > 0) return { valid: [], errors: missing };
  const firstRowWith = { erasmusCode: new Map<string, number>(), schacCode: new Map<string, number>() };
  rows.forEach((raw, index) => {
    if (isBlankRow(raw)) return;
    const row = sheetRowNumber(index);
    const cellErrors: RowError[] = [];
    const parsed = CreatePartner.safeParse(partnerInput(readCells(raw, columns), row, cellErrors));
    const errors = parsed.success ? cellErrors : [...cellErrors, ...issuesToRowErrors(parsed.error.issues, row)];
    if (parsed.success) {
      for (const key of ["erasmusCode", "schacCode"] as const) {
        const code = parsed.data[key];
        if (!code) continue;
        const first = firstRowWith[key].get(code);
        if (first !== undefined) errors.push({ row, path: key, message: `Same ${key === "erasmusCode" ? "Erasmus" : "SCHAC"} code as row ${first}` });
        else firstRowWith[key].set(code, row);
      }
    }
    if (errors.length > 0) result.errors.push(...errors);
    else if (parsed.success) result.valid.push({ row, value: parsed.data });
  });
  return result;
}
