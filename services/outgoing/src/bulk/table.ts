export { tableFromRecords, type CellOut } from "@orbis/documents/tables";
