export { readXlsx, toXlsx } from "@orbis/documents/tables";
