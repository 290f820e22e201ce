export { MAX_IMPORT_ROWS, BulkFormatError, sheetRowNumber, type RowError, type RowsResult, type Table } from "@orbis/documents/tables";
