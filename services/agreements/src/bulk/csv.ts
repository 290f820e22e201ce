// Shared with every service that imports or exports tables: @orbis/documents/tables.
export { detectSeparator, parseCsvRecords, tooManyRows, readCsv, cellToText, toCsv } from "@orbis/documents/tables";
