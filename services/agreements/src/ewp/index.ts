export { EwpExportError, EwpFormatError } from "./errors";
export { iiaGetResponseXml, type IiaExportInput } from "./export-iia";
export { PARTNER_ID_PLACEHOLDER, UNKNOWN_CITY, parseIiaGetResponse, type ImportedIia, type ParseIiaOptions, type ParsedIiaResponse } from "./parse-iia";
export { countryFromSchac } from "./country-from-schac";
