/** Bulk import/export of partners and agreements: pure functions over files and rows, no database. */
export { parseTable } from "./parse-table";
export { toCsv } from "./csv";
export { toXlsx } from "./xlsx";
export { partnerRows, type ParsedPartner } from "./partner-rows";
export { agreementRows, type ParsedAgreement, type PartnerResolver } from "./agreement-rows";
export {
  AGREEMENT_COLUMNS,
  PARTNER_COLUMNS,
  agreementToRow,
  matchHeaders,
  partnerToRow,
  templateColumns,
  type AgreementSummary,
  type CellFormat,
  type ColumnDef,
} from "./columns";
export { BulkFormatError, MAX_IMPORT_ROWS, type RowError, type RowsResult, type Table } from "./errors";
export type { CellOut } from "./table";
export { formatCondition, parseCondition } from "./conditions";
export { formatContact, parseContact, formatSignatory, parseSignatory, splitList, joinList, LIST_SEPARATOR } from "./cells";
